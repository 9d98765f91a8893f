package dev.eksatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.InventoryApp;
import dev.eksatlas.settings.AppSettings;
import dev.eksatlas.ui.overview.MarkedBarChart;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The overview of the scanned demo fleet on the real window: cards, charts, and a screenshot in English. */
class OverviewWindowTest {
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

    @Test
    void showsTheFleetNumbersAndChartsOfTheDemoFleet() throws Exception {
        DemoInventory.writeInto(dataDir, "en");
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new InventoryApp(dataDir));
        waitForTheDemoFleet();

        assertThat(text("#accountsValue")).isEqualTo("3");
        assertThat(Integer.parseInt(text("#grantsValue"))).isPositive();
        assertThat(text("#highValue")).matches("\\d+ high");
        StackedBarChart<?, ?> adoption = robot.lookup("#adoptionChart").query();
        assertThat(adoption.getData()).hasSize(4);
        assertThat(adoption.getData().getFirst().getData()).hasSize(25);
        PieChart readiness = robot.lookup("#readinessChart").query();
        assertThat(readiness.getData()).extracting(PieChart.Data::getName).anyMatch(n -> n.startsWith("Blocked ("));
        assertThat(robot.lookup("#coverageBanner").query().isVisible()).isFalse();
        assertThat(robot.lookup("#accountsTable").queryTableView().getItems()).hasSize(3);

        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "overview-en")).get();
    }

    @Test
    void coloursTheLimitChartsByZoneInTheDarkThemeToo() throws Exception {
        DemoInventory.writeInto(dataDir, "en");
        AppSettings settings = AppSettings.load(dataDir);
        settings.put("theme.dark", true);
        settings.save();
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new InventoryApp(dataDir));
        waitForTheDemoFleet();
        WaitForAsyncUtils.waitForFxEvents();

        MarkedBarChart providers = robot.lookup("#providersChart").query();
        assertThat(providers.getData().getFirst().getData()).hasSize(3)
                .allSatisfy(bar -> assertThat(bar.getNode().getStyleClass()).contains("zone-ok"));
        assertThat(robot.lookup("#trustSizesChart .chart-bar.zone-over").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#trustSizesChart .limit-mark-label").queryLabeled().getText()).isEqualTo("2,048 limit");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "overview-dark")).get();
    }

    /** Looks on the FX thread: the scene graph is still being built while the test thread waits. */
    private void waitForTheDemoFleet() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#clustersValue").tryQuery()
                .map(n -> "25".equals(((Label) n).getText())).orElse(false)).get());
    }

    private String text(String query) {
        return ((Label) robot.lookup(query).query()).getText();
    }
}
