package dev.eksatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.InventoryApp;
import dev.eksatlas.InventoryChoice;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.inventory.Database;
import dev.eksatlas.inventory.InventoryStore;
import dev.eksatlas.inventory.PostgresUrl;
import dev.eksatlas.inventory.ServerLogin;
import dev.eksatlas.inventory.SnapshotWriter;
import dev.eksatlas.inventory.TestPostgres;
import dev.eksatlas.inventory.TestSnapshots;
import dev.eksatlas.settings.AppSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a team inventory chosen in the preferences: it asks for the password in a dialog
 * (none in the environment), shows the PostgreSQL inventory in the status bar, lists its accounts,
 * and writes no H2 file and no password into the data folder.
 */
class TeamInventoryWindowTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private PostgresUrl db;
    private Application app;

    @BeforeEach
    void createDatabase() {
        Assumptions.assumeTrue(System.getenv(ServerLogin.PASSWORD_ENV) == null && System.getenv("PGPASSWORD") == null
                && System.getenv(InventoryChoice.ENV_VAR) == null,
                "a password or database URL in this environment would keep the app from asking for the password");
        db = TestPostgres.createDatabase();
    }

    @AfterEach
    void closeAppAndDropDatabase() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        if (db != null) {
            TestPostgres.dropDatabase(db);
        }
    }

    @Test
    void asksForThePasswordAndShowsTheTeamInventory() throws Exception {
        try (Database pg = TestPostgres.open(db)) {
            new SnapshotWriter(pg).save(TestSnapshots.account("111122223333", 2));
        }
        AppSettings settings = AppSettings.load(dataDir);
        settings.put(InventoryChoice.SETTING_KEY, db.jdbcUrl() + "?user=" + TestPostgres.user());
        settings.save();
        FxToolkit.registerPrimaryStage();

        // start() waits in the password dialog, so the app is set up beside this thread.
        CompletableFuture<Application> started = CompletableFuture.supplyAsync(() -> {
            try {
                return FxToolkit.setupApplication(() -> new InventoryApp(dataDir));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#inventory-password").tryQuery().isPresent());
        PasswordField field = robot.lookup("#inventory-password").query();
        robot.interact(() -> Screenshots.save(field.getScene(), "team-inventory-password"));
        WaitForAsyncUtils.asyncFx(() -> field.setText(TestPostgres.password())).get();
        robot.clickOn("OK");
        app = started.get(30, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#statusLabel").tryQuery().isPresent());
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText())
                .contains("PostgreSQL " + db.database() + " on " + db.host() + ":" + db.port());
        TableView<ScanRun> table = robot.lookup("#accountsTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(table.getItems()).extracting(ScanRun::accountId).containsExactly("111122223333");
        robot.interact(() -> Screenshots.save(table.getScene(), "team-inventory-window"));
        assertThat(Files.exists(InventoryStore.databaseFile(dataDir))).isFalse();
        try (var files = Files.walk(dataDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(TestPostgres.password());
            }
        }
    }
}
