package dev.eksatlas.ui.shell;

import dev.eksatlas.AppContext;
import dev.eksatlas.AppVersion;
import dev.eksatlas.settings.AppSettings;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.Themes;
import dev.eksatlas.ui.common.Views;
import dev.eksatlas.ui.preferences.PreferencesDialog;
import dev.eksatlas.ui.preferences.PreferencesViewModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** Puts the shell into the primary stage: theme, title, screens, remembered window state, About. */
public final class MainWindow {
    public static final String DARK_THEME_KEY = "theme.dark";

    private final ShellViewModel viewModel;
    private final AppSettings settings;
    private final String inventoryLocation;
    private final Map<Class<?>, Supplier<?>> controllers;
    private final List<Screen> screens;
    private final Class<?> scanControls;

    /**
     * @param controllers how to make each screen's controller (and the scan controls'); the shell's own is added here
     * @param scanControls the controller class of the toolbar's scan controls, or null
     */
    public MainWindow(ShellViewModel viewModel, AppSettings settings, String inventoryLocation,
            Map<Class<?>, Supplier<?>> controllers, List<Screen> screens, Class<?> scanControls) {
        this.viewModel = viewModel;
        this.settings = settings;
        this.inventoryLocation = inventoryLocation;
        this.controllers = Map.copyOf(controllers);
        this.screens = List.copyOf(screens);
        this.scanControls = scanControls;
    }

    public void show(Stage stage) {
        boolean dark = settings.getBoolean(DARK_THEME_KEY, false);
        Themes.apply(dark);
        Messages messages = viewModel.messages();
        Map<Class<?>, Supplier<?>> all = new HashMap<>(controllers);
        Views[] views = new Views[1];
        all.put(ShellController.class, () -> new ShellController(viewModel, screens, type -> views[0].load(type), scanControls,
                dark, this::setDark, () -> showAbout(stage), () -> PreferencesDialog.show(stage,
                        new PreferencesViewModel(settings, AppContext.LANGUAGE_KEY), messages)));
        views[0] = new Views(messages, all);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new Scene(views[0].load(ShellController.class)));
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
        Messages messages = viewModel.messages();
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle(messages.get("about.title"));
        about.setHeaderText(messages.get("about.header", AppVersion.get()));
        about.setContentText(messages.get("about.body", inventoryLocation, Runtime.version().toString(),
                System.getProperty("javafx.runtime.version", "?")));
        about.showAndWait();
    }
}
