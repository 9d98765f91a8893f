package dev.eksatlas.ui.shell;

import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.ui.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Binds the main window to its {@link ShellViewModel}; no logic of its own. */
public final class ShellController {
    private final ShellViewModel viewModel;
    private final Messages messages;
    private final Consumer<Boolean> onDarkTheme;
    private final Runnable onAbout;
    private final boolean darkInitially;

    @FXML private VBox noticeBox;
    @FXML private ScrollPane emptyState;
    @FXML private VBox accountsPane;
    @FXML private Label loadErrorLabel;
    @FXML private Label statusLabel;
    @FXML private ToggleButton darkToggle;
    @FXML private TableView<ScanRun> accountsTable;
    @FXML private TableColumn<ScanRun, String> accountColumn;
    @FXML private TableColumn<ScanRun, String> profileColumn;
    @FXML private TableColumn<ScanRun, String> scannedColumn;
    @FXML private TableColumn<ScanRun, String> statusColumn;
    @FXML private TableColumn<ScanRun, Integer> clustersColumn;
    @FXML private TableColumn<ScanRun, Integer> rolesColumn;
    @FXML private TableColumn<ScanRun, Integer> associationsColumn;
    @FXML private TableColumn<ScanRun, Integer> gapsColumn;

    public ShellController(ShellViewModel viewModel, Messages messages, boolean darkInitially, Consumer<Boolean> onDarkTheme, Runnable onAbout) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.darkInitially = darkInitially;
        this.onDarkTheme = onDarkTheme;
        this.onAbout = onAbout;
    }

    @FXML
    private void initialize() {
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        accountsPane.visibleProperty().bind(viewModel.emptyProperty().not());
        loadErrorLabel.textProperty().bind(viewModel.loadErrorProperty());
        loadErrorLabel.managedProperty().bind(viewModel.loadErrorProperty().isNotEmpty());
        statusLabel.textProperty().bind(viewModel.inventoryLocationProperty());
        darkToggle.setSelected(darkInitially);
        darkToggle.selectedProperty().addListener((obs, was, dark) -> onDarkTheme.accept(dark));

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        bind(accountColumn, ScanRun::accountId);
        bind(profileColumn, ScanRun::profile);
        bind(scannedColumn, r -> when.format(r.finishedAt()));
        bind(statusColumn, r -> messages.get("accounts.status." + r.status().name()));
        bind(clustersColumn, r -> r.counts().clusters());
        bind(rolesColumn, r -> r.counts().roles());
        bind(associationsColumn, r -> r.counts().associations());
        bind(gapsColumn, r -> r.counts().coverageGaps());
        accountsTable.setItems(viewModel.accounts());

        viewModel.notices().addListener((ListChangeListener<String>) c -> showNotices());
        showNotices();
    }

    @FXML
    private void showAbout() {
        onAbout.run();
    }

    private void showNotices() {
        noticeBox.getChildren().clear();
        for (String notice : viewModel.notices()) {
            Label text = new Label(notice);
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Region.USE_COMPUTED_SIZE);
            Button dismiss = new Button(messages.get("shell.noticeDismiss"));
            dismiss.setOnAction(e -> viewModel.dismissNotice(notice));
            HBox row = new HBox(text, dismiss);
            row.getStyleClass().add("notice");
            noticeBox.getChildren().add(row);
        }
    }

    private static <T> void bind(TableColumn<ScanRun, T> column, Function<ScanRun, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
