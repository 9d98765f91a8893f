package dev.eksatlas;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the {@link AppContext} and shows the shell window. */
public final class InventoryApp extends Application {
    private static final String DATA_DIR_PARAM = "data-dir";

    public static void launchWindow(Path dataDir) {
        Application.launch(InventoryApp.class, "--" + DATA_DIR_PARAM + "=" + dataDir);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("EKS Identity Atlas");
        stage.setScene(new Scene(new Label("EKS Identity Atlas"), 800, 600));
        stage.show();
    }
}
