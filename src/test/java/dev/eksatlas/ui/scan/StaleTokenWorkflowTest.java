package dev.eksatlas.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.InventoryApp;
import dev.eksatlas.analysis.tokens.TokenCheckState;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.report.ClusterSummaryRow;
import dev.eksatlas.report.StaleTokenReport;
import dev.eksatlas.settings.AppSettings;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.ui.Screenshots;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stale-token check as a user runs it on the real window (headless) over the demo fleet: the
 * toolbar switch (off by default, with its cost warning), the fleet-wide screen sorted by days left,
 * and a cluster's "Service account tokens" section, in English and Korean.
 */
class StaleTokenWorkflowTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private InventoryApp app;
    private Stage stage;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private void start(String language) throws Exception {
        AppSettings settings = AppSettings.load(dataDir);
        settings.put("language", language);
        settings.put("window.width", 1000);
        settings.put("window.height", 1000);
        settings.put("window.x", 0);
        settings.put("window.y", 0);
        settings.save();
        stage = FxToolkit.registerPrimaryStage();
        app = (InventoryApp) FxToolkit.setupApplication(() -> new InventoryApp(dataDir));
        waitFor(20, () -> robot.lookup("#scanButton").tryQuery().isPresent() && combo().getItems().size() >= 1);
        chooseDemo();
    }

    private static void waitFor(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ProfileChoice> combo() {
        return robot.lookup("#profileChoice").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private void chooseDemo() throws TimeoutException {
        if (combo().getValue() == null || !combo().getValue().demo()) {
            robot.clickOn("#profileChoice");
            waitFor(5, () -> robot.lookup(".combo-box-popup .list-cell").tryQuery().isPresent());
            ListCell<ProfileChoice> cell = robot.lookup(".combo-box-popup .list-cell")
                    .match((ListCell<ProfileChoice> c) -> c.getItem() != null && c.getItem().demo()).query();
            robot.clickOn(cell);
        }
        waitFor(20, () -> app.context().scanBackend().demoFleet().running().isPresent());
    }

    private FleetSimulator demo() {
        return app.context().scanBackend().demoFleet().running().orElseThrow();
    }

    private void scanAndWait() throws Exception {
        Button scan = robot.lookup("#scanButton").queryButton();
        AtomicInteger ended = new AtomicInteger();
        ChangeListener<Boolean> onEnd = (obs, wasDisabled, disabled) -> {
            if (wasDisabled && !disabled) {
                ended.incrementAndGet();
            }
        };
        WaitForAsyncUtils.asyncFx(() -> scan.disableProperty().addListener(onEnd)).get();
        robot.clickOn("#scanButton");
        waitFor(120, () -> ended.get() > 0);
        WaitForAsyncUtils.asyncFx(() -> scan.disableProperty().removeListener(onEnd)).get();
    }

    private TableView<StaleTokenReport.Row> openTokensScreen(int rowsAtLeast) throws TimeoutException {
        robot.clickOn("#nav-tokens");
        TableView<StaleTokenReport.Row> table = robot.lookup("#staleTokensTable .table-view").queryTableView();
        waitFor(20, () -> table.getItems().size() >= rowsAtLeast);
        return table;
    }

    private void openCluster(String name) throws TimeoutException {
        robot.clickOn("#nav-clusters");
        TableView<ClusterSummaryRow> clusters = robot.lookup("#clustersTable .table-view").queryTableView();
        waitFor(20, () -> !clusters.getItems().isEmpty());
        robot.clickOn("#clustersTable .table-filter").eraseText(40).write(name);
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup("#clustersTable .table-row-cell").match((TableRow<?> r) -> r.getItem() != null
                && ((ClusterSummaryRow) r.getItem()).cluster().name().equals(name)).query();
        robot.doubleClickOn(row);
        waitFor(10, () -> robot.lookup("#detailScroll").query().isVisible());
    }

    private String tokenState() {
        return ((Label) robot.lookup("#tokenState").query()).getText();
    }

    private static List<EksCluster> clusters(FleetSimulator sim, boolean audited) {
        return sim.fleet().snapshots().stream().flatMap(s -> s.clusters().stream())
                .filter(c -> c.auditLoggingEnabled() == audited).toList();
    }

    @Test
    void offByDefaultNothingIsAskedOfLogsAndEveryClusterSaysNotChecked() throws Exception {
        start("en");
        CheckBox check = robot.lookup("#staleTokensCheck").queryAs(CheckBox.class);
        assertThat(check.isSelected()).isFalse();
        assertThat(robot.lookup("#staleTokenCost").query().isVisible()).isFalse();
        assertThat(check.getTooltip().getText()).contains("bills Logs Insights per GB of log data scanned");

        scanAndWait();

        assertThat(demo().requestCounts().byOperation().keySet()).isNotEmpty().noneMatch(op -> op.startsWith("logs:"));
        TableView<StaleTokenReport.Row> table = openTokensScreen(25);
        assertThat(table.getItems()).hasSize(25).allSatisfy(r -> {
            assertThat(r.cluster().state()).isEqualTo(TokenCheckState.NOT_CHECKED);
            assertThat(r.account()).isNull();
        });
        assertThat(((Label) robot.lookup(".screen-summary").query()).getText()).startsWith("25 clusters: 0 checked, 25 not checked");
        openCluster(clusters(demo(), true).getFirst().name());
        assertThat(tokenState()).startsWith("Not checked").doesNotContain("no stale tokens");
    }

    @Test
    void withTheSwitchOnTheFleetScreenListsStaleTokensSoonestFirstAndAClusterWithoutAuditLogSaysHowToEnableIt() throws Exception {
        start("en");
        robot.clickOn("#staleTokensCheck");
        assertThat(robot.lookup("#staleTokenCost").query().isVisible()).isTrue();
        assertThat(robot.lookup("#staleTokenWindow").queryAs(ComboBox.class).getValue()).isEqualTo("7d");

        scanAndWait();

        int audited = clusters(demo(), true).size();
        assertThat(demo().requestCounts().count("logs", "StartQuery", "ok")).isEqualTo(audited);
        TableView<StaleTokenReport.Row> table = openTokensScreen(25);
        List<Long> daysLeft = table.getItems().stream().map(r -> r.account() == null ? null : r.account().daysLeft())
                .filter(Objects::nonNull).toList();
        assertThat(daysLeft).isNotEmpty().isSorted();
        assertThat(daysLeft.getFirst()).as("some token is past or near 90 days").isLessThan(7);
        assertThat(table.getItems().subList(daysLeft.size(), table.getItems().size()))
                .allSatisfy(r -> assertThat(r.account()).isNull());
        assertThat(robot.lookup("#clientMinimums").queryTableView().getItems()).hasSize(7);
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "tokens-en")).get();

        openCluster(clusters(demo(), false).getFirst().name());
        assertThat(tokenState()).startsWith("Cannot be checked").contains("aws eks update-cluster-config --name "
                + clusters(demo(), false).getFirst().name());
        robot.clickOn("#backButton");
        String withTokens = table.getItems().getFirst().cluster().cluster().name();
        openCluster(withTokens);
        assertThat(tokenState()).startsWith("Audit log checked from");
        assertThat(robot.lookup("#tokensTable .table-view").queryTableView().getItems()).isNotEmpty();
        WaitForAsyncUtils.asyncFx(() -> {
            Node section = robot.lookup("#tokensSection").query();
            javafx.scene.control.ScrollPane scroll = robot.lookup("#detailScroll").queryAs(javafx.scene.control.ScrollPane.class);
            double y = section.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
            scroll.setVvalue(Math.min(1, (y - 40) / (scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight())));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "cluster-tokens-en")).get();
    }

    @Test
    void theKoreanScreenSaysTheSameInKorean() throws Exception {
        start("ko");
        robot.clickOn("#staleTokensCheck");
        scanAndWait();

        openTokensScreen(25);
        assertThat(((Label) robot.lookup(".screen-summary").query()).getText()).startsWith("클러스터 25개");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "tokens-ko")).get();
    }
}
