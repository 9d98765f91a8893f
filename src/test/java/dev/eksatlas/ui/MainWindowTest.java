package dev.eksatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;

import dev.eksatlas.InventoryApp;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.inventory.Database;
import dev.eksatlas.inventory.InventoryStore;
import dev.eksatlas.inventory.SnapshotWriter;
import dev.eksatlas.inventory.TestSnapshots;
import dev.eksatlas.settings.AppSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the app's real main window on the headless platform, on a data folder of its own. */
class MainWindowTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new InventoryApp(dataDir));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statusLabel").tryQuery().isPresent());
    }

    @Test
    void opensOnAnEmptyInventoryWithAnExplanation() throws Exception {
        start();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#emptyState").query().isVisible());
        verifyThat("#content", (Node n) -> !n.isVisible());
        assertThat(robot.lookup(".empty-heading").queryLabeled().getText()).isEqualTo("No accounts in the inventory yet");
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).contains(dataDir.toString());
        assertThat(Files.exists(InventoryStore.databaseFile(dataDir))).isTrue();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "shell-empty")).get();
    }

    @Test
    void listsTheAccountsAlreadyInTheInventory() throws Exception {
        try (Database db = new InventoryStore(Clock.systemUTC()).openFile(dataDir)) {
            new SnapshotWriter(db).save(TestSnapshots.account("111122223333", 2));
        }

        start();

        TableView<ScanRun> table = robot.lookup("#accountsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(table.getItems()).extracting(ScanRun::accountId).containsExactly("111122223333");
        verifyThat("#emptyState", (Node n) -> !n.isVisible());
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "shell-accounts")).get();
    }

    @Test
    void tellsTheUserWhenAnUnreadableInventoryWasSetAside() throws Exception {
        Files.writeString(InventoryStore.databaseFile(dataDir), "not an H2 file ".repeat(4096));

        start();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".notice").tryQuery().isPresent());
        String notice = robot.lookup(".notice .label").queryLabeled().getText();
        assertThat(notice).contains("could not be read").contains("inventory.unreadable-");
        robot.clickOn("Dismiss");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".notice").tryQuery().isEmpty());
    }

    @Test
    void remembersTheWindowSizeAcrossStarts() throws Exception {
        start();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(900);
            stage.setHeight(640);
        }).get();
        FxToolkit.cleanupApplication(app);
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        app = null;

        AppSettings saved = AppSettings.load(dataDir);
        assertThat(saved.getDouble("window.width", 0)).isEqualTo(900);
        assertThat(saved.getDouble("window.height", 0)).isEqualTo(640);
    }
}
