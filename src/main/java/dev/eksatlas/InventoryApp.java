package dev.eksatlas;

import dev.eksatlas.inventory.InventoryException;
import dev.eksatlas.scan.SdkProfileIsolation;
import dev.eksatlas.scan.profiles.ProfileLocations;
import dev.eksatlas.settings.AppSettings;
import dev.eksatlas.ui.common.AppIcons;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.PasswordDialog;
import dev.eksatlas.ui.common.SaveDialog;
import dev.eksatlas.ui.common.StartupProbe;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the {@link AppContext} and shows the main window. */
public final class InventoryApp extends Application {
    private static final String DATA_DIR_PARAM = "data-dir";
    private static final String DB_URL_PARAM = "db-url";
    private static final Logger LOG = Logger.getLogger(InventoryApp.class.getName());

    private Path dataDir;
    private String dbUrl;
    private ProfileLocations awsFiles;
    private AppContext context;
    private SaveDialog saveDialog;

    /** Used by {@link Application#launch}; the data folder comes from the named parameter. */
    public InventoryApp() {
    }

    /** For tests that start the real window on a folder of their own; no AWS files are read (there are none in it). */
    public InventoryApp(Path dataDir) {
        this(dataDir, ProfileLocations.resolve(Map.of(), Map.of(), dataDir.resolve("no-aws-files")));
    }

    /** For tests that start the real window on a folder and AWS files of their own. */
    public InventoryApp(Path dataDir, ProfileLocations awsFiles) {
        this.dataDir = dataDir;
        this.awsFiles = awsFiles;
    }

    /** For tests that also export: the Headless platform has no file dialog, so {@code saveDialog} answers instead. */
    public InventoryApp(Path dataDir, SaveDialog saveDialog) {
        this(dataDir);
        this.saveDialog = saveDialog;
    }

    /** @param dbUrl a PostgreSQL team inventory from {@code --db-url}, or null for the usual choice ({@link InventoryChoice}) */
    public static void launchWindow(Path dataDir, String dbUrl) {
        if (dbUrl == null) {
            Application.launch(InventoryApp.class, "--" + DATA_DIR_PARAM + "=" + dataDir);
        } else {
            Application.launch(InventoryApp.class, "--" + DATA_DIR_PARAM + "=" + dataDir, "--" + DB_URL_PARAM + "=" + dbUrl);
        }
    }

    @Override
    public void init() {
        if (dataDir == null) {
            String named = getParameters().getNamed().get(DATA_DIR_PARAM);
            dataDir = DataDirectory.resolve(named == null ? null : Path.of(named));
            dbUrl = getParameters().getNamed().get(DB_URL_PARAM);
        }
        if (awsFiles == null) {
            awsFiles = ProfileLocations.fromSystem();
        }
        // From here on the SDK never reads the user's files itself; the app reads them (ADR 0007).
        SdkProfileIsolation.apply();
    }

    @Override
    public void start(Stage stage) {
        AppIcons.useForEveryWindow();
        Messages messages = new Messages(Messages.localeFor(
                AppSettings.load(dataDir).get(AppContext.LANGUAGE_KEY).orElse("system")));
        try {
            context = AppContext.open(dataDir, dbUrl, new PasswordDialog(messages));
        } catch (InventoryException e) {
            LOG.log(Level.SEVERE, "The inventory could not be opened", e);
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle(messages.get("app.title"));
            alert.setHeaderText(messages.get("startup.failed.title"));
            Label text = new Label(e.getMessage());
            text.setWrapText(true);
            text.setMaxWidth(520);
            alert.getDialogPane().setContent(text);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        if (saveDialog != null) {
            context.useSaveDialog(saveDialog);
        }
        context.mainWindow(awsFiles).show(stage);
        StartupProbe.exitAfterShownIfRequested(stage);
    }

    /** The running app's composition root (null before start): tests reach its services here. */
    public AppContext context() {
        return context;
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
