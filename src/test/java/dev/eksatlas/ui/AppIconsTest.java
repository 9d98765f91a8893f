package dev.eksatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.InventoryApp;
import dev.eksatlas.ui.common.AppIcons;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window and the dialogs carry the app icon, on the headless platform. */
class AppIconsTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void loadsEverySizeAsASquareImage() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<Image> icons = WaitForAsyncUtils.asyncFx(AppIcons::load).get();

        assertThat(icons).extracting(Image::getWidth).containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(icons).allSatisfy(icon -> {
            assertThat(icon.isError()).isFalse();
            assertThat(icon.getHeight()).isEqualTo(icon.getWidth());
        });
    }

    @Test
    void mainWindowAndDialogsShowTheAppIcon() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new InventoryApp(dataDir));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statusLabel").tryQuery().isPresent());
        assertThat(stage.getIcons()).hasSize(7);

        Alert alert = WaitForAsyncUtils.asyncFx(() -> {
            Alert dialog = new Alert(Alert.AlertType.INFORMATION, "icon check");
            dialog.initOwner(stage);
            dialog.show();
            return dialog;
        }).get();
        Stage dialogStage = (Stage) alert.getDialogPane().getScene().getWindow();
        assertThat(dialogStage.getIcons()).hasSize(7);
        WaitForAsyncUtils.asyncFx(alert::close).get();
    }
}
