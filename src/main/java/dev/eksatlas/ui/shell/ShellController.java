package dev.eksatlas.ui.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the main window to its {@link ShellViewModel} and switches between the screens. */
public final class ShellController {
    private final ShellViewModel viewModel;
    private final List<Screen> screens;
    private final Function<Class<?>, Node> views;
    private final Class<?> scanControls;
    private final boolean darkInitially;
    private final Consumer<Boolean> onDarkTheme;
    private final Runnable onAbout;
    private final Runnable onPreferences;
    private final Map<String, Node> built = new HashMap<>();
    private final ToggleGroup navGroup = new ToggleGroup();

    @FXML private HBox scanBar;
    @FXML private VBox noticeBox;
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private ScrollPane emptyState;
    @FXML private Label statusLabel;
    @FXML private Label loadErrorLabel;
    @FXML private ToggleButton darkToggle;

    /** @param views loads a controller's view; @param scanControls the controller of the toolbar's scan controls, or null */
    public ShellController(ShellViewModel viewModel, List<Screen> screens, Function<Class<?>, Node> views, Class<?> scanControls,
            boolean darkInitially, Consumer<Boolean> onDarkTheme, Runnable onAbout, Runnable onPreferences) {
        this.viewModel = viewModel;
        this.screens = List.copyOf(screens);
        this.views = views;
        this.scanControls = scanControls;
        this.darkInitially = darkInitially;
        this.onDarkTheme = onDarkTheme;
        this.onAbout = onAbout;
        this.onPreferences = onPreferences;
    }

    @FXML
    private void initialize() {
        if (scanControls != null) {
            Node controls = views.apply(scanControls);
            HBox.setHgrow(controls, Priority.ALWAYS);
            scanBar.getChildren().add(controls);
        } else {
            scanBar.setVisible(false);
            scanBar.setManaged(false);
        }
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        content.visibleProperty().bind(viewModel.emptyProperty().not());
        statusLabel.textProperty().bind(viewModel.inventoryLocationProperty());
        loadErrorLabel.textProperty().bind(viewModel.loadErrorProperty());
        darkToggle.setSelected(darkInitially);
        darkToggle.selectedProperty().addListener((obs, was, dark) -> onDarkTheme.accept(dark));
        screens.forEach(s -> navigation.getChildren().add(navButton(s)));
        viewModel.notices().addListener((ListChangeListener<String>) c -> showNotices());
        showNotices();
        if (!screens.isEmpty()) {
            show(screens.getFirst().id());
        }
        navigation.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                for (int i = 0; i < Math.min(9, screens.size()); i++) {
                    String id = screens.get(i).id();
                    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                            KeyCombination.SHORTCUT_DOWN), () -> show(id));
                }
            }
        });
    }

    /** Shows a screen by id (navigation, keyboard Ctrl+1..9, and links between screens). */
    public void show(String id) {
        Screen screen = screens.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        Node view = built.computeIfAbsent(id, k -> views.apply(screen.controller()));
        content.getChildren().setAll(view);
        navGroup.getToggles().stream().filter(t -> ((Node) t).getId().equals("nav-" + id)).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    @FXML
    private void showAbout() {
        onAbout.run();
    }

    @FXML
    private void showPreferences() {
        onPreferences.run();
    }

    private ToggleButton navButton(Screen screen) {
        ToggleButton b = new ToggleButton(viewModel.messages().get(screen.titleKey()));
        b.setId("nav-" + screen.id());
        b.setToggleGroup(navGroup);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> {
            b.setSelected(true);
            show(screen.id());
        });
        return b;
    }

    private void showNotices() {
        noticeBox.getChildren().clear();
        for (String notice : viewModel.notices()) {
            Label text = new Label(notice);
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button dismiss = new Button(viewModel.messages().get("shell.noticeDismiss"));
            dismiss.setOnAction(e -> viewModel.dismissNotice(notice));
            HBox row = new HBox(text, dismiss);
            row.getStyleClass().add("notice");
            noticeBox.getChildren().add(row);
        }
    }
}
