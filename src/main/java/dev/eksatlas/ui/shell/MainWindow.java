package dev.eksatlas.ui.shell;

import dev.eksatlas.AppVersion;
import dev.eksatlas.settings.AppSettings;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.Themes;
import dev.eksatlas.ui.common.Views;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** Puts the shell into the primary stage: theme, title, remembered window state, About. */
public final class MainWindow {
    public static final String DARK_THEME_KEY = "theme.dark";

    private final ShellViewModel viewModel;
    private final Messages messages;
    private final AppSettings settings;
    private final String inventoryLocation;

    public MainWindow(ShellViewModel viewModel, Messages messages, AppSettings settings, String inventoryLocation) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.settings = settings;
        this.inventoryLocation = inventoryLocation;
    }

    public void show(Stage stage) {
        boolean dark = settings.getBoolean(DARK_THEME_KEY, false);
        Themes.apply(dark);
        Supplier<ShellController> controller = () -> new ShellController(viewModel, messages, dark, this::setDark, () -> showAbout(stage));
        Views views = new Views(messages, Map.of(ShellController.class, controller));
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new Scene(views.load(ShellController.class)));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        WindowState.restore(stage, settings);
        stage.setOnHiding(e -> WindowState.remember(stage, settings));
        stage.show();
        viewModel.reload();
    }

    private void setDark(boolean dark) {
        Themes.apply(dark);
        settings.put(DARK_THEME_KEY, dark);
        settings.save();
    }

    private void showAbout(Stage owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle(messages.get("about.title"));
        about.setHeaderText(messages.get("about.header", AppVersion.get()));
        about.setContentText(messages.get("about.body", inventoryLocation, Runtime.version().toString(),
                System.getProperty("javafx.runtime.version", "?")));
        about.showAndWait();
    }
}
