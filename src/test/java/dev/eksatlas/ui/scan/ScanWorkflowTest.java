package dev.eksatlas.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.AppContext;
import dev.eksatlas.InventoryApp;
import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.report.Sourced;
import dev.eksatlas.settings.AppSettings;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.faults.DenyRule;
import dev.eksatlas.simulator.faults.SimulatorKnobs;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.ui.Screenshots;
import dev.eksatlas.ui.common.CoverageBanner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The toolbar's scan workflow on the real main window (headless): the demo fleet, the user's own
 * profiles (from a second simulator), progress, cancel, coverage gaps, problems and restarts.
 */
class ScanWorkflowTest {
    /** The user's AWS: team-prod (111122223333) and team-staging (444455556666) behind static keys. */
    private static FleetSimulator userAws;

    @TempDir
    Path dataDir;
    @TempDir
    Path awsDir;

    private final FxRobot robot = new FxRobot();
    private UserAwsFiles.Written files;
    private InventoryApp app;
    private Stage stage;

    @BeforeAll
    static void startUserAws() {
        userAws = FleetSimulator.start(SimulatorConfig.of(FleetSpec.tiny().withAccounts(2)));
    }

    @AfterAll
    static void stopUserAws() {
        userAws.close();
    }

    @BeforeEach
    void writeUserFiles() throws Exception {
        files = UserAwsFiles.write(awsDir, userAws);
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
        app = (InventoryApp) FxToolkit.setupApplication(() -> new InventoryApp(dataDir, files.locations()));
        waitFor(10, () -> robot.lookup("#scanButton").tryQuery().isPresent()
                && combo().getItems().size() > 1 && combo().getValue() != null);
    }

    private void restart() throws Exception {
        FxToolkit.cleanupApplication(app);
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        app = null;
        start();
    }

    private AppContext context() {
        return app.context();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ProfileChoice> combo() {
        return robot.lookup("#profileChoice").queryAs(ComboBox.class);
    }

    private Button scanButton() {
        return robot.lookup("#scanButton").queryButton();
    }

    private TableView<ScanRun> accountsTable() {
        return robot.lookup("#accountsTable").queryTableView();
    }

    private String text(String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private static void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }

    /** Opens the switcher and clicks the entry, as a person would. */
    @SuppressWarnings("unchecked")
    private void choose(Predicate<ProfileChoice> entry) throws TimeoutException {
        robot.clickOn("#profileChoice");
        waitFor(5, () -> robot.lookup(".combo-box-popup .list-cell").tryQuery().isPresent());
        ListCell<ProfileChoice> cell = robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<ProfileChoice> c) -> c.getItem() != null && entry.test(c.getItem())).query();
        robot.clickOn(cell);
        waitFor(5, () -> combo().getValue() != null && entry.test(combo().getValue()) && !combo().isShowing());
    }

    private void chooseDemo() throws TimeoutException {
        choose(ProfileChoice::demo);
        waitFor(20, () -> context().scanBackend().demoFleet().running().isPresent());
    }

    private void chooseProfile(String name) throws TimeoutException {
        choose(c -> c.name().equals(name));
    }

    private FleetSimulator demoSimulator() {
        return context().scanBackend().demoFleet().running().orElseThrow();
    }

    /** Presses Scan and waits until the button comes back, however quick the scan. */
    private void scanAndWait() throws Exception {
        AtomicInteger ended = new AtomicInteger();
        ChangeListener<Boolean> onEnd = (obs, wasDisabled, disabled) -> {
            if (wasDisabled && !disabled) {
                ended.incrementAndGet();
            }
        };
        WaitForAsyncUtils.asyncFx(() -> scanButton().disableProperty().addListener(onEnd)).get();
        robot.clickOn("#scanButton");
        waitFor(90, () -> ended.get() > 0);
        WaitForAsyncUtils.asyncFx(() -> scanButton().disableProperty().removeListener(onEnd)).get();
    }

    @Test
    void scansTheDemoFleetWithAMovingProgressBarAndFillsTheAccountsTable() throws Exception {
        start();
        chooseDemo();
        demoSimulator().setKnobs(SimulatorKnobs.NONE.withLatency(Duration.ofMillis(50), Duration.ZERO));
        ProgressBar bar = robot.lookup("#scanProgress").queryAs(ProgressBar.class);
        List<Double> seen = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> bar.progressProperty().addListener((obs, old, p) -> seen.add(p.doubleValue()))).get();

        robot.clickOn("#scanButton");
        waitFor(60, () -> bar.getProgress() > 0.2 && bar.isVisible() || !bar.isVisible() && seen.contains(1.0));
        assertThat(bar.isVisible()).as("still scanning with 50 ms a call").isTrue();
        assertThat(text("#scanStatus")).contains(" calls)");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "scan-in-progress")).get();
        waitFor(90, () -> !scanButton().isDisabled());

        assertThat(seen.stream().filter(p -> p > 0 && p < 1).distinct().count()).as("progress values seen: %s", seen).isGreaterThan(5);
        waitFor(10, () -> accountsTable().getItems().size() == 3);
        assertThat(accountsTable().getItems()).extracting(ScanRun::accountId)
                .containsExactlyInAnyOrder("111122223333", "444455556666", "777788889999");
        assertThat(text("#scanStatus")).startsWith("Scanned 3 accounts (25 clusters)");
        assertThat(text("#profileDescription")).contains("3 accounts");
        assertThat(text("#lastScannedButton")).startsWith("Last scanned ");
        assertThat(bar.isVisible()).isFalse();
    }

    @Test
    void cancelHalfWayStopsTheScanAndKeepsThePreviousData() throws Exception {
        start();
        chooseDemo();
        scanAndWait();
        waitFor(10, () -> accountsTable().getItems().size() == 3);
        List<Long> before = context().snapshots().findLatestRuns().stream().map(ScanRun::id).toList();
        demoSimulator().setKnobs(SimulatorKnobs.NONE.withLatency(Duration.ofMillis(200), Duration.ZERO));

        robot.clickOn("#scanButton");
        ProgressBar bar = robot.lookup("#scanProgress").queryAs(ProgressBar.class);
        waitFor(30, () -> bar.getProgress() > 0.05);
        long cancelledAt = System.nanoTime();
        robot.clickOn("#cancelButton");
        waitFor(5, () -> !scanButton().isDisabled());
        System.out.printf("Scan stopped %d ms after Cancel%n", (System.nanoTime() - cancelledAt) / 1_000_000);

        assertThat(text("#scanStatus")).startsWith("Scan cancelled.");
        Thread.sleep(1500);
        assertThat(context().snapshots().findLatestRuns()).extracting(ScanRun::id).as("nothing written after Cancel")
                .containsExactlyInAnyOrderElementsOf(before);
        assertThat(accountsTable().getItems()).extracting(ScanRun::id).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aDeniedRegionShowsTheCoverageBanner() throws Exception {
        start();
        chooseDemo();
        demoSimulator().setKnobs(SimulatorKnobs.NONE.withDeny(DenyRule.parse("region=eu-west-1,service=eks")));

        scanAndWait();

        CoverageBanner banner = robot.lookup("#coverageBanner").queryAs(CoverageBanner.class);
        // The banner shows as soon as the first account's gaps load; its text follows the last account.
        waitFor(10, () -> banner.isVisible() && banner.summaryProperty().get() != null
                && banner.summaryProperty().get().accounts().size() == 3
                && !robot.lookup(".coverage-banner-text").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup(".coverage-banner-text").queryLabeled().getText())
                .matches("\\d+ things could not be read in accounts acme-prod \\(111122223333\\), .*: numbers may be incomplete\\.");
        assertThat(text("#scanStatus")).contains("Some things could not be read");
        robot.clickOn(banner.details().lookup(".title"));
        waitFor(5, () -> banner.details().isExpanded());
        List<Sourced<CoverageGap>> rows = banner.table().visibleRows();
        assertThat(rows).isNotEmpty().allSatisfy(gap -> {
            assertThat(gap.row().region()).isEqualTo("eu-west-1");
            assertThat(gap.row().service()).isEqualTo("eks");
            assertThat(gap.row().errorCode()).contains("AccessDenied");
        });
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "scan-coverage-banner")).get();
    }

    @Test
    void switchingProfilesChangesWhatIsScannedAndShown() throws Exception {
        start();
        chooseProfile("team-prod");
        scanAndWait();
        waitFor(10, () -> accountsTable().getItems().size() == 1);
        assertThat(accountsTable().getItems()).extracting(ScanRun::accountId).containsExactly("111122223333");
        assertThat(text("#profileDescription")).isEqualTo("Access keys · account 111122223333");

        chooseProfile("team-staging");
        assertThat(text("#profileDescription")).isEqualTo("Access keys · not scanned yet");
        assertThat(text("#lastScannedButton")).isEqualTo("Not scanned yet");
        scanAndWait();

        waitFor(10, () -> accountsTable().getItems().size() == 2);
        assertThat(accountsTable().getItems()).extracting(ScanRun::accountId, ScanRun::profile)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("111122223333", "team-prod"),
                        org.assertj.core.groups.Tuple.tuple("444455556666", "team-staging"));
        assertThat(text("#profileDescription")).isEqualTo("Access keys · account 444455556666");
    }

    @Test
    void theBrokenLineOfTheAwsFilesIsReachableFromTheToolbar() throws Exception {
        start();
        Button problems = robot.lookup("#fileProblemsButton").queryButton();
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).isEqualTo("⚠ 2");

        robot.clickOn(problems);
        waitFor(5, () -> robot.lookup("#fileProblemsText").tryQuery().isPresent());
        String listed = robot.lookup("#fileProblemsText").queryAs(TextArea.class).getText();
        assertThat(listed).contains(files.locations().configFile() + ", line " + files.brokenLine() + ": unterminated section header");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(robot.lookup("#fileProblemsText").query().getScene(), "scan-file-problems")).get();
        robot.type(KeyCode.ESCAPE);
        waitFor(5, () -> robot.lookup("#fileProblemsText").tryQuery().isEmpty());
    }

    @Test
    void anExpiredSsoSignInSaysWhichCommandToRunWithDetailsBehindAnExpander() throws Exception {
        start();
        chooseProfile("sso-dev");
        scanAndWait();

        waitFor(10, () -> robot.lookup(".scan-problem").tryQuery().isPresent());
        assertThat(robot.lookup(".scan-problem-title").queryLabeled().getText()).isEqualTo("Sign in to AWS again for profile sso-dev");
        assertThat(robot.lookup(".scan-problem-fix").queryAs(TextField.class).getText()).isEqualTo("aws sso login --profile sso-dev");
        TitledPane expander = robot.lookup(".scan-problem-details").queryAs(TitledPane.class);
        TextArea details = (TextArea) expander.getContent();
        assertThat(expander.isExpanded()).isFalse();
        robot.clickOn(expander);
        waitFor(5, () -> expander.isExpanded() && details.isVisible());
        assertThat(details.getText()).contains("Profile: sso-dev").doesNotContain("\tat ");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "scan-sso-problem")).get();

        robot.clickOn("#dismissProblemsButton");
        waitFor(5, () -> robot.lookup(".scan-problem").tryQuery().isEmpty());
    }

    @Test
    void theChosenProfileSurvivesARestartAndTheDemoStopsWithTheApp() throws Exception {
        start();
        chooseDemo();
        DemoFleet demo = context().scanBackend().demoFleet();
        chooseProfile("team-staging");
        waitFor(10, () -> demo.running().isEmpty());
        chooseDemo();

        restart();

        assertThat(demo.running()).as("the first run's simulator was closed on exit").isEmpty();
        assertThat(combo().getValue().demo()).isTrue();
        chooseProfile("team-staging");
        restart();
        assertThat(combo().getValue().name()).isEqualTo("team-staging");
        assertThat(AppSettings.load(dataDir).get("scan.choice")).contains("profile:team-staging");
    }

    @Test
    void theLanguageChosenInThePreferencesAppliesAfterARestart() throws Exception {
        start();
        robot.clickOn("#preferencesButton");
        waitFor(10, () -> robot.lookup("#language-ko").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("A new language applies the next time you start the app.");
        robot.clickOn("#language-ko");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        waitFor(5, () -> robot.lookup("#language-ko").tryQuery().isEmpty());
        assertThat(AppSettings.load(dataDir).get(AppContext.LANGUAGE_KEY)).contains("ko");

        restart();

        assertThat(scanButton().getText()).isEqualTo("스캔(_S)");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "scan-korean")).get();
    }
}
