package dev.eksatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.AppContext;
import dev.eksatlas.InventoryApp;
import dev.eksatlas.settings.AppSettings;
import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.analysis.RoleSummary;
import dev.eksatlas.analysis.history.ChangeKind;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.inventory.Database;
import dev.eksatlas.inventory.InventoryStore;
import dev.eksatlas.inventory.SnapshotRepository;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.report.AssociationReport;
import dev.eksatlas.report.FindingReport;
import dev.eksatlas.report.OidcProviderReport;
import dev.eksatlas.report.Sourced;
import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.report.SnapshotDiffReport;
import dev.eksatlas.ui.common.FindingTexts;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.ReportTable;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The table screens on the real window, headless, over an inventory of two scans of the simulated
 * demo fleet (see {@link DemoScans}).
 */
class TableScreensTest {
    @TempDir
    static Path dataDir;
    @TempDir
    static Path awsDir;
    private static DemoScans demo;
    private static List<AccountSnapshot> latest;

    @TempDir
    Path exportDir;

    private final FxRobot robot = new FxRobot();
    private final AtomicReference<Path> saveAs = new AtomicReference<>();
    private Application app;
    private Stage stage;

    @BeforeAll
    static void scanTheDemoFleetTwice() throws Exception {
        demo = DemoScans.scanTwiceInto(dataDir, awsDir);
        try (Database db = new InventoryStore(Clock.systemUTC()).openFile(dataDir)) {
            latest = new SnapshotRepository(db).findLatest();
        }
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new InventoryApp(dataDir, (owner, name) -> Optional.of(
                saveAs.get() != null ? saveAs.get() : exportDir.resolve(name))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statusLabel").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private <R> ReportTable<R> show(String screen, String tableId) throws Exception {
        robot.clickOn("#nav-" + screen);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + tableId).tryQuery().isPresent());
        ReportTable<R> table = robot.lookup("#" + tableId).queryAs(ReportTable.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.visibleRows().isEmpty());
        return table;
    }

    @Test
    void everyTableScreenShowsItsRowsAndTheCoverageBanner() throws Exception {
        start();

        assertThat(show("roles", "rolesTable").visibleRows()).hasSize(latest.stream().mapToInt(s -> s.roles().size()).sum());
        assertThat(show("providers", "providersTable").visibleRows())
                .hasSize(latest.stream().mapToInt(s -> s.oidcProviders().size()).sum());
        assertThat(show("associations", "associationsTable").visibleRows())
                .hasSize(latest.stream().mapToInt(s -> s.associations().size()).sum());
        Node banner = robot.lookup("#associationsPane .coverage-banner").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup("#associationsPane .coverage-banner-text").queryLabeled().getText())
                .contains("could not be read");
        assertThat(show("findings", "findingsTable").visibleRows()).hasSize(FleetAnalyzer.analyze(latest).findings().size());
        assertThat(show("history", "runsTable").visibleRows()).hasSize(2);
    }

    @Test
    void findingsFilterBySeverityAndShowTheSelectedOnesRemediation() throws Exception {
        start();
        ReportTable<FindingReport.Row> table = show("findings", "findingsTable");
        int all = table.visibleRows().size();

        chooseLabel("#severityChoice", "High");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.visibleRows().size() < all);
        assertThat(table.visibleRows()).isNotEmpty().allMatch(r -> r.finding().severity() == Severity.HIGH);
        assertThat(robot.lookup("#summaryLabel").queryLabeled().getText()).startsWith(table.visibleRows().size() + " of " + all + " findings shown");
        robot.clickOn(table.filterField()).type(KeyCode.DOWN);
        FindingReport.Row first = table.visibleRows().getFirst();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#detailRemediation").queryLabeled().isVisible());
        assertThat(robot.lookup("#detailRemediation").queryLabeled().getText()).isEqualTo(first.finding().remediation());
        assertThat(robot.lookup("#detailCode").queryLabeled().getText()).isEqualTo(first.finding().codeId());
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "findings")).get();
    }

    @Test
    void theFilterNarrowsTheTableAndTheKeyboardReachesTheRows() throws Exception {
        start();
        ReportTable<?> table = show("roles", "rolesTable");
        int all = table.visibleRows().size();
        RoleSummary shared = mostSharedRole();

        robot.clickOn(table.filterField()).write(shared.role().name());

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.visibleRows().size() < all);
        assertThat(table.visibleRows()).isNotEmpty().hasSizeLessThan(all);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.tableView().isFocused()).isTrue();
        assertThat(table.tableView().getSelectionModel().getSelectedIndex()).isZero();
        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains(shared.role().name()).contains("\t");

        robot.clickOn(table.filterField()).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.visibleRows().size() == all);
    }

    @Test
    void selectingARoleShowsItsTrustPolicyWithEachStatementMarkedByItsCluster() throws Exception {
        start();
        ReportTable<?> table = show("roles", "rolesTable");
        RoleSummary shared = mostSharedRole();
        robot.clickOn(table.filterField()).write(shared.role().arn());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.visibleRows().size() == 1);

        robot.type(KeyCode.DOWN);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".policy-statement").tryQuery().isPresent());
        List<String> marks = robot.lookup(".policy-statement .mark").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
        for (String clusterArn : shared.trustedClusterArns()) {
            EksCluster cluster = cluster(clusterArn);
            assertThat(marks).anyMatch(m -> m.equals(cluster.name() + " · " + cluster.region() + " · " + cluster.accountId()));
        }
        assertThat(robot.lookup(".detail-title").queryLabeled().getText()).isEqualTo(shared.role().name());
        assertThat(robot.lookup(".trust-gauge").tryQuery()).isPresent();
        robot.press(KeyCode.ALT).press(KeyCode.C).release(KeyCode.C).release(KeyCode.ALT);
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).startsWith("{\n  \"Version\": ");
        scrollIntoView(robot.lookup(".detail-scroll").queryAs(ScrollPane.class), robot.lookup("#copyPolicy").query());
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "roles-selected")).get();
    }

    @Test
    void exportsTheProvidersTableToACsvFileWithTheReportsHeader() throws Exception {
        start();
        ReportTable<OidcProviderReport.Row> table = show("providers", "providersTable");
        // Sorting goes through the table's own sort order (the header click of a user); numbers sort as numbers.
        WaitForAsyncUtils.asyncFx(() -> {
            TableColumn<OidcProviderReport.Row, ?> roles = table.tableView().getColumns().stream()
                    .filter(c -> c.getId().equals("trusting_roles")).findFirst().orElseThrow();
            roles.setSortType(TableColumn.SortType.DESCENDING);
            table.tableView().getSortOrder().setAll(roles);
        }).get();
        assertThat(table.visibleRows()).extracting(r -> r.summary().trustingRoleArns().size()).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(table.visibleRows().getFirst().summary().trustingRoleArns().size()).isGreaterThanOrEqualTo(10);

        robot.clickOn(robot.lookup("#providersTable .table-export").queryButton());

        Path file = exportDir.resolve("oidc-providers.csv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.message().startsWith("Wrote"));
        assertThat(table.message()).isEqualTo("Wrote " + table.visibleRows().size() + " rows to " + file + ".");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertThat(csv.getHeaderNames()).isEqualTo(OidcProviderReport.analysedDefinition().headers());
            List<CSVRecord> records = csv.getRecords();
            assertThat(records).hasSize(table.visibleRows().size());
            assertThat(records).extracting(r -> r.get("Status")).contains("LINKED", "ORPHANED");
        }
    }

    @Test
    void anExportToAFolderThatDoesNotExistSaysSoInPlainWords() throws Exception {
        Path missing = exportDir.resolve("no-such-folder").resolve("roles.csv");
        saveAs.set(missing);
        start();
        show("roles", "rolesTable");

        robot.clickOn(robot.lookup("#rolesTable .table-export").queryButton());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#errorDialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Could not write " + missing);
        TitledPane details = robot.lookup("#errorDetails").queryAs(TitledPane.class);
        assertThat(details.isExpanded()).isFalse();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isEmpty());
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void comparingTwoChosenScansShowsTheClustersTheDeniedRegionHid() throws Exception {
        start();
        ReportTable<ScanRun> runs = show("history", "runsTable");
        List<ScanRun> stored = runs.visibleRows();
        assertThat(stored).allMatch(r -> r.accountId().equals(demo.prodAccountId()));
        ScanRun older = stored.stream().min(Comparator.comparing(ScanRun::id)).orElseThrow();
        ScanRun newer = stored.stream().max(Comparator.comparing(ScanRun::id)).orElseThrow();

        robot.clickOn(robot.lookup(".tab-pane .tab").match((Node n) -> n.lookup(".tab-label") instanceof Labeled l
                && l.getText().equals("Compare two scans")).queryAs(Node.class));
        choose("#fromChoice", newer);
        choose("#toChoice", older);
        robot.clickOn("#compareButton");

        ReportTable<SnapshotDiffReport.Row> changes = robot.lookup("#changesTable").queryAs(ReportTable.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !changes.visibleRows().isEmpty());
        // The rows and the summary are set one after the other on the FX thread: wait for both.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#diffSummary").queryLabeled().getText().isEmpty());
        List<String> addedClusters = changes.visibleRows().stream()
                .filter(r -> r.change() == ChangeKind.ADDED && r.resourceType().equals("cluster")).map(SnapshotDiffReport.Row::resource).toList();
        List<String> hidden = demo.fleet().accountNamed("prod").snapshot().clusters().stream()
                .filter(c -> c.region().equals(demo.deniedRegion())).map(EksCluster::arn).toList();
        assertThat(addedClusters).isNotEmpty().containsExactlyInAnyOrderElementsOf(hidden);
        assertThat(changes.visibleRows()).noneMatch(r -> r.change() == ChangeKind.REMOVED);
        long added = changes.visibleRows().stream().filter(r -> r.change() == ChangeKind.ADDED).count();
        assertThat(robot.lookup("#diffSummary").queryLabeled().getText()).endsWith(": " + added + " added, 0 removed, 0 changed");

        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "history-diff")).get();
    }

    @Test
    void theHistoryShowsTheCoverageGapsOfTheChosenScan() throws Exception {
        start();
        ReportTable<ScanRun> runs = show("history", "runsTable");
        ScanRun older = runs.visibleRows().stream().min(Comparator.comparing(ScanRun::id)).orElseThrow();

        robot.clickOn(runs.filterField()).type(KeyCode.DOWN).type(KeyCode.DOWN);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> older.equals(runs.tableView().getSelectionModel().getSelectedItem()));
        ReportTable<Sourced<CoverageGap>> gaps = robot.lookup("#gapsTable").queryAs(ReportTable.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !gaps.visibleRows().isEmpty());
        assertThat(gaps.visibleRows()).extracting(g -> g.row().region(), g -> g.row().service(), g -> g.row().operation())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(demo.deniedRegion(), "eks", "ListClusters"));
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "history-gaps")).get();
    }

    /** Scrolls so that {@code node} is at the top of the pane's viewport (TestFX only clicks what is on screen). */
    private static void scrollIntoView(ScrollPane pane, Node node) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            double y = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.min(1, (y - 8) / room));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRolesScreenReadsInKorean() throws Exception {
        setLanguage("ko");
        try {
            start();
            ReportTable<?> table = show("roles", "rolesTable");
            robot.clickOn(table.filterField()).write(mostSharedRole().role().arn()).type(KeyCode.DOWN);

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".policy-statement").tryQuery().isPresent());
            assertThat(robot.lookup("#nav-roles").queryLabeled().getText()).isEqualTo("역할");
            assertThat(table.tableView().getColumns()).extracting(c -> c.getText()).contains("역할", "신뢰하는 클러스터(IRSA)");
            assertThat(robot.lookup("#copyPolicy").queryButton().getText()).isEqualTo("정책 복사(_C)");
            WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "roles-ko")).get();
        } finally {
            closeAppThenSetLanguage("en");
        }
    }

    @Test
    void theFindingsScreenReadsInKorean() throws Exception {
        setLanguage("ko");
        try {
            start();
            ReportTable<FindingReport.Row> table = show("findings", "findingsTable");
            int all = table.visibleRows().size();
            robot.clickOn(table.filterField()).type(KeyCode.DOWN);
            FindingReport.Row first = table.visibleRows().getFirst();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#detailMessage").queryLabeled().isVisible());

            String message = robot.lookup("#detailMessage").queryLabeled().getText();
            assertThat(message).containsPattern("\\p{IsHangul}").isNotEqualTo(first.finding().message());
            assertThat(robot.lookup("#detailTitle").queryLabeled().getText()).containsPattern("\\p{IsHangul}");
            assertThat(robot.lookup("#detailCode").queryLabeled().getText()).isEqualTo(first.finding().codeId());
            assertThat(robot.lookup("#detailRemediation").queryLabeled().getText()).containsPattern("\\p{IsHangul}");
            WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "findings-ko")).get();

            robot.clickOn(table.filterField()).write("역할");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.visibleRows().size() < all);
            assertThat(table.visibleRows()).isNotEmpty();
        } finally {
            closeAppThenSetLanguage("en");
        }
    }

    @Test
    void theAssociationsScreenShowsHealthAndItsDetailInKorean() throws Exception {
        setLanguage("ko");
        try {
            start();
            ReportTable<AssociationReport.Row> table = show("associations", "associationsTable");
            AssociationReport.Row broken = table.visibleRows().stream().filter(r -> r.link().health() != null && r.link().health().broken())
                    .findFirst().orElseThrow();
            String korean = new FindingTexts(new Messages(Locale.KOREAN)).render(broken.link().detailText());
            assertThat(korean).containsPattern("\\p{IsHangul}").isNotEqualTo(broken.link().detail());

            // The filter matches what the cells show: the Korean detail, and the health's code kept beside its label.
            WaitForAsyncUtils.asyncFx(() -> table.filterField().setText(korean)).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.visibleRows()).contains(broken);
            WaitForAsyncUtils.asyncFx(() -> table.tableView().scrollToColumnIndex(table.tableView().getColumns().size() - 1)).get();
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "associations-ko")).get();
            WaitForAsyncUtils.asyncFx(() -> table.filterField().setText("(" + broken.link().health().name() + ")")).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.visibleRows()).contains(broken).allSatisfy(r -> assertThat(r.link().health()).isEqualTo(broken.link().health()));
        } finally {
            closeAppThenSetLanguage("en");
        }
    }

    /** The app writes its settings when it closes: close it first, or it would put its language back. */
    private void closeAppThenSetLanguage(String language) throws Exception {
        closeApp();
        app = null;
        setLanguage(language);
    }

    private static void setLanguage(String language) {
        AppSettings settings = AppSettings.load(dataDir);
        settings.put(AppContext.LANGUAGE_KEY, language);
        settings.save();
    }

    @SuppressWarnings("unchecked")
    private void choose(String choiceId, ScanRun run) {
        ChoiceBox<ScanRun> choice = robot.lookup(choiceId).queryAs(ChoiceBox.class);
        chooseLabel(choiceId, choice.getConverter().toString(run));
        assertThat(choice.getValue()).isEqualTo(run);
    }

    /** Opens a choice box with the mouse and clicks the entry with this label. */
    private void chooseLabel(String choiceId, String label) {
        robot.clickOn(choiceId);
        Node item = robot.lookup(".menu-item").match((Node n) -> n.lookup(".label") instanceof Labeled l && label.equals(l.getText()))
                .query();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static RoleSummary mostSharedRole() {
        return FleetAnalyzer.analyze(latest).roles().stream().max(Comparator.comparing((RoleSummary r) -> r.trustedClusterArns().size())
                .thenComparing(RoleSummary::arn)).orElseThrow();
    }

    private static EksCluster cluster(String arn) {
        return latest.stream().flatMap(s -> s.clusters().stream()).filter(c -> c.arn().equals(arn)).findFirst().orElseThrow();
    }
}
