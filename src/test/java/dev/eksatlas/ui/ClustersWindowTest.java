package dev.eksatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.InventoryApp;
import dev.eksatlas.analysis.comparison.RowKey;
import dev.eksatlas.report.ClusterSummaryRow;
import dev.eksatlas.report.FindingReport;
import dev.eksatlas.simulator.fleet.PlantedSituation;
import dev.eksatlas.simulator.fleet.SituationKind;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import dev.eksatlas.analysis.migration.MigrationPlan;
import dev.eksatlas.analysis.migration.MigrationStep;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Clusters screen and a cluster's side-by-side view on the real window, over the scanned demo
 * fleet: filter and sort the table, open clusters the generator planted with a missing agent or a
 * version below the Pod Identity minimum, and take screenshots (English and Korean).
 */
class ClustersWindowTest {
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

    private TableView<ClusterSummaryRow> openClustersScreen(String language) throws Exception {
        DemoInventory.writeInto(dataDir, language);
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new InventoryApp(dataDir));
        // Looked up on the FX thread: the scene graph is still being built while the test thread waits.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#nav-clusters").tryQuery().isPresent()).get());
        robot.clickOn("#nav-clusters");
        TableView<ClusterSummaryRow> table = robot.lookup("#clustersTable .table-view").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> table.getItems().size() == 25).get());
        return table;
    }

    private void filter(String text) {
        robot.clickOn("#clustersTable .table-filter").eraseText(40).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String cell(String id) {
        return ((Label) robot.lookup("#" + id).query()).getText();
    }

    private void openByDoubleClick(TableView<ClusterSummaryRow> table, String clusterName) {
        filter(clusterName);
        assertThat(table.getItems()).extracting(r -> r.cluster().name()).contains(clusterName);
        Node row = robot.lookup("#clustersTable .table-row-cell").match((javafx.scene.control.TableRow<?> r) -> r.getItem() != null
                && ((ClusterSummaryRow) r.getItem()).cluster().name().equals(clusterName)).query();
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void filtersAndSortsTheClustersTable() throws Exception {
        TableView<ClusterSummaryRow> table = openClustersScreen("en");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "clusters-en")).get();

        filter("sbx");
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(25)
                .allSatisfy(r -> assertThat(r.cluster().name() + r.provenance().profile()).contains("sbx"));
        filter("");
        assertThat(table.getItems()).hasSize(25);

        TableColumn<ClusterSummaryRow, ?> irsa = table.getColumns().stream().filter(c -> "irsa_roles".equals(c.getId())).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> {
            irsa.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(irsa));
        }).get();
        assertThat(table.getItems().stream().map(ClusterSummaryRow::irsaRoles).toList()).isSortedAccordingTo(Comparator.naturalOrder());
        WaitForAsyncUtils.asyncFx(() -> irsa.setSortType(TableColumn.SortType.DESCENDING)).get();
        assertThat(table.getItems().stream().map(ClusterSummaryRow::irsaRoles).toList()).isSortedAccordingTo(Comparator.reverseOrder());
        filter("prod");
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(25);
        assertThat(table.getItems().stream().map(ClusterSummaryRow::irsaRoles).toList()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void aClusterPlantedWithoutTheAgentShowsItInTheSideBySideView() throws Exception {
        TableView<ClusterSummaryRow> table = openClustersScreen("en");
        PlantedSituation planted = DemoInventory.fleet().situations(SituationKind.POD_IDENTITY_AGENT_MISSING).getFirst();

        openByDoubleClick(table, planted.clusterName());

        assertThat(robot.lookup("#detailScroll").query().isVisible()).isTrue();
        for (RowKey key : RowKey.values()) {
            assertThat(cell("cmp-" + key.name() + "-irsa")).isNotBlank();
            assertThat(cell("cmp-" + key.name() + "-pod")).isNotBlank();
        }
        assertThat(cell("cmp-ROLE_EXTENSIBILITY-name")).isEqualTo("Role extensibility");
        assertThat(cell("cmp-SUPPORTED_VERSIONS-pod")).contains("no agent add-on");
        assertThat(cell("cmp-SUPPORTED_VERSIONS-verdict")).isIn("Needs action", "Blocks Pod Identity");
        assertThat(robot.lookup(".readiness-box .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("\u2022 Install the eks-pod-identity-agent add-on first.");
        TableView<FindingReport.Row> findings = robot.lookup("#findingsTable .table-view").queryTableView();
        assertThat(findings.getItems()).extracting(r -> r.finding().codeId()).contains("pod-identity-agent-missing");
        assertThat(robot.lookup("#matrixTable .table-view").queryTableView().getItems()).isNotEmpty();
        scrollTo("#matrixTable");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "cluster-en-tables")).get();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailScroll").query().isVisible()).isFalse();
        assertThat(robot.lookup("#listPane").query().isVisible()).isTrue();
    }

    @Test
    void enterOpensAClusterBelowThePodIdentityMinimumAsBlocked() throws Exception {
        TableView<ClusterSummaryRow> table = openClustersScreen("en");
        PlantedSituation planted = DemoInventory.fleet().situations(SituationKind.CLUSTER_BELOW_POD_IDENTITY_MINIMUM).getFirst();
        filter(planted.clusterName());
        WaitForAsyncUtils.asyncFx(() -> {
            int i = table.getItems().stream().map(r -> r.clusterArn()).toList().indexOf(planted.resourceArn());
            table.getSelectionModel().clearAndSelect(i);
            table.requestFocus();
        }).get();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cell("cmp-SUPPORTED_VERSIONS-verdict")).isEqualTo("Blocks Pod Identity");
        assertThat(cell("cmp-SUPPORTED_VERSIONS-pod")).contains("not supported");
        assertThat(cell("readinessBadge")).startsWith("Blocked");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "cluster-en")).get();
    }

    /** Scrolls the detail so that the node is near the top of its viewport (the robot clicks what the user can see). */
    private void scrollTo(String query) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ScrollPane scroll = robot.lookup("#detailScroll").query();
            Node node = robot.lookup(query).query();
            double y = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double range = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.clamp((y - 80) / range, 0, 1));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void copiesAStepsCommandAndJsonOfTheMigrationPlan() throws Exception {
        TableView<ClusterSummaryRow> table = openClustersScreen("en");
        PlantedSituation planted = DemoInventory.fleet().situations(SituationKind.CLUSTER_IRSA_ONLY).getFirst();
        openByDoubleClick(table, planted.clusterName());
        ComboBox<MigrationPlan> plans = robot.lookup("#planChoice").queryComboBox();
        assertThat(plans.getItems()).isNotEmpty();
        MigrationPlan plan = plans.getSelectionModel().getSelectedItem();
        MigrationStep trust = plan.steps().stream().filter(s -> s.policy() != null && s.command() != null).findFirst().orElseThrow();

        scrollTo("#copy-command-" + trust.order());
        robot.clickOn("#copy-command-" + trust.order());
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get()).isEqualTo(trust.command());
        robot.clickOn("#copy-json-" + trust.order());
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo(trust.policy().resultingPolicy()).contains("pods.eks.amazonaws.com");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "cluster-en-plan")).get();
    }

    @Test
    void showsTheMigrationPlanInKoreanWithTheAnalysisValues() throws Exception {
        TableView<ClusterSummaryRow> table = openClustersScreen("ko");
        PlantedSituation planted = DemoInventory.fleet().situations(SituationKind.CLUSTER_IRSA_ONLY).getFirst();
        openByDoubleClick(table, planted.clusterName());
        ComboBox<MigrationPlan> plans = robot.lookup("#planChoice").queryComboBox();
        MigrationPlan plan = plans.getItems().stream().filter(p -> !p.notes().isEmpty()).findFirst().orElse(plans.getItems().getFirst());
        WaitForAsyncUtils.asyncFx(() -> plans.getSelectionModel().select(plan)).get();
        WaitForAsyncUtils.waitForFxEvents();
        scrollTo("#planChoice");

        List<String> titles = robot.lookup(".plan-step-title").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(titles).hasSize(plan.steps().size()).allSatisfy(t -> assertThat(t).containsPattern("\\p{IsHangul}"));
        assertThat(titles.getFirst()).startsWith("1. ");
        assertThat(titles.getLast()).contains(plan.serviceAccount().namespace() + "/" + plan.serviceAccount().serviceAccount());
        assertThat(robot.lookup(".plan-step-detail").queryAllAs(Label.class)).extracting(Label::getText)
                .allSatisfy(t -> assertThat(t).containsPattern("\\p{IsHangul}"));
        assertThat(robot.lookup(".plan-note").queryAllAs(Label.class)).hasSize(plan.notes().size()).extracting(Label::getText)
                .allSatisfy(t -> assertThat(t).containsPattern("\\p{IsHangul}"));
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "cluster-ko-plan")).get();
    }

    @Test
    void showsTheSideBySideViewInKorean() throws Exception {
        TableView<ClusterSummaryRow> table = openClustersScreen("ko");
        PlantedSituation planted = DemoInventory.fleet().situations(SituationKind.POD_IDENTITY_AGENT_MISSING).getFirst();

        openByDoubleClick(table, planted.clusterName());

        assertThat(cell("cmp-ROLE_EXTENSIBILITY-name")).isEqualTo("역할 확장성 (Role extensibility)");
        assertThat(cell("cmp-CLUSTER_SCALABILITY-name")).isEqualTo("클러스터 확장성");
        assertThat(cell("cmp-ROLE_SCALABILITY-name")).isEqualTo("역할 확장성 (Role scalability)");
        assertThat(cell("cmp-ROLE_REUSABILITY-name")).isEqualTo("역할 재사용 가능성");
        assertThat(cell("cmp-SUPPORTED_ENVIRONMENTS-name")).isEqualTo("지원되는 환경");
        assertThat(cell("cmp-SUPPORTED_VERSIONS-name")).isEqualTo("지원되는 EKS 버전");
        assertThat(cell("cmp-SUPPORTED_VERSIONS-pod")).contains("에이전트 추가 기능 없음");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "cluster-ko")).get();
    }
}
