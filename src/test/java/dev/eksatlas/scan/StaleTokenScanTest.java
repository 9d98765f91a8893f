package dev.eksatlas.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.StaleTokenCheck;
import dev.eksatlas.domain.StaleTokenObservation;
import dev.eksatlas.simulator.AwsConfigWriter;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.faults.DenyRule;
import dev.eksatlas.simulator.faults.SimulatorKnobs;
import dev.eksatlas.simulator.fleet.AuditLogEvent;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stale-token check with the real CloudWatch Logs client against the simulator's demo fleet. */
class StaleTokenScanTest {
    private static final List<String> DEMO_PROFILES = List.of("demo-prod", "demo-staging", "demo-sandbox");
    private static final Comparator<StaleTokenObservation> ORDER = Comparator.comparing(StaleTokenObservation::accountId)
            .thenComparing(StaleTokenObservation::region).thenComparing(StaleTokenObservation::clusterName)
            .thenComparing(StaleTokenObservation::subject).thenComparingLong(StaleTokenObservation::secondsAfterThreshold);
    private static Fleet fleet;
    private static FleetSimulator sim;
    private static List<String> regions;
    private static List<EksCluster> clusters;

    @TempDir
    Path awsDir;

    private SdkProfileResolver resolver;

    @BeforeAll
    static void startSimulator() {
        fleet = Fleet.generate(FleetSpec.demo());
        sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()), fleet);
        regions = fleet.snapshots().stream().flatMap(s -> s.regions().stream()).distinct().sorted().toList();
        clusters = fleet.snapshots().stream().flatMap(s -> s.clusters().stream()).toList();
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @BeforeEach
    void writeProfiles() throws IOException {
        sim.setKnobs(SimulatorKnobs.NONE);
        sim.requestCounts().reset();
        AwsConfigWriter.write(awsDir, fleet, sim.endpoint());
        resolver = ScanFixtures.resolver(awsDir);
    }

    @AfterEach
    void closeResolver() {
        resolver.close();
    }

    private static ScanOptions checking(Duration window) {
        return ScanOptions.defaults().withStaleTokens(window).withPolling(Duration.ofMillis(10), Duration.ofSeconds(20));
    }

    private List<AccountSnapshot> scan(ScanOptions options) {
        List<AccountSnapshot> sink = new CopyOnWriteArrayList<>();
        ScanRequest request = new ScanRequest(DEMO_PROFILES, RegionChoice.of(regions), ScanFixtures.testLimits(), options);
        new ScanService(resolver, Clock.systemUTC()).scan(request, ScanListener.NONE, CancelSignal.NEVER, sink::add);
        return sink;
    }

    private static EksCluster cluster(StaleTokenCheck c) {
        return clusters.stream().filter(k -> k.accountId().equals(c.accountId()) && k.region().equals(c.region())
                && k.name().equals(c.clusterName())).findFirst().orElseThrow();
    }

    private static long audited() {
        return clusters.stream().filter(EksCluster::auditLoggingEnabled).count();
    }

    @Test
    void theDemoFleetHasClustersWithAndWithoutAuditLoggingAndStaleTokensNearOrPastNinetyDays() {
        assertThat(audited()).isBetween(1L, clusters.size() - 1L);
        assertThat(fleet.auditLog()).extracting(AuditLogEvent::elapsedSeconds).anyMatch(s -> s > 7_776_000L)
                .anyMatch(s -> s > 7_776_000L - 7 * 86_400L && s <= 7_776_000L);
    }

    @Test
    void eachAuditedClusterGetsOneQueryPolledThroughScheduledAndRunningToComplete() {
        List<AccountSnapshot> scanned = scan(checking(Duration.ofDays(7)));

        assertThat(sim.requestCounts().count("logs", "StartQuery", "ok")).isEqualTo(audited());
        // Scheduled, Running, Complete: three polls for every query.
        assertThat(sim.requestCounts().count("logs", "GetQueryResults", "ok")).isEqualTo(3 * audited());
        assertThat(sim.requestCounts().count("logs", "DescribeLogGroups", "ok")).isPositive();
        assertThat(scanned).allSatisfy(s -> assertThat(s.coverageGaps()).isEmpty());
        List<StaleTokenCheck> checks = scanned.stream().flatMap(s -> s.staleTokenChecks().stream()).toList();
        assertThat(checks).hasSize(clusters.size());
        assertThat(checks).filteredOn(c -> c.status() == StaleTokenCheck.Status.CHECKED).hasSize((int) audited())
                .allSatisfy(c -> assertThat(c.bytesScanned()).isEqualTo(7 * 86_400L * 500));
    }

    @Test
    void theStoredObservationsAreExactlyWhatTheGeneratorPlantedInTheWindow() {
        for (Duration window : List.of(Duration.ofDays(7), Duration.ofDays(1))) {
            List<AccountSnapshot> scanned = scan(checking(window));
            List<StaleTokenObservation> got = scanned.stream().flatMap(s -> s.staleTokens().stream()).sorted(ORDER).toList();
            // The planted events are dated by the end of the query that read them.
            List<StaleTokenObservation> planted = scanned.stream().flatMap(s -> s.staleTokenChecks().stream())
                    .filter(c -> c.status() == StaleTokenCheck.Status.CHECKED)
                    .flatMap(c -> fleet.auditLog(cluster(c)).stream().filter(e -> e.ageSeconds() <= window.toSeconds())
                            .map(e -> e.observedAt(c.windowEnd())))
                    .sorted(ORDER).toList();

            assertThat(got).as("window %s", window).isNotEmpty().containsExactlyElementsOf(planted);
        }
    }

    @Test
    void tinyLogGroupPagesGiveTheSameObservations() {
        sim.setKnobs(SimulatorKnobs.NONE.withMaxPageSize(1));

        List<AccountSnapshot> scanned = scan(checking(Duration.ofDays(7)));

        assertThat(sim.requestCounts().count("logs", "DescribeLogGroups")).isGreaterThan(regions.size());
        assertThat(scanned).flatExtracting(AccountSnapshot::staleTokens).hasSize(
                (int) fleet.auditLog().stream().filter(e -> e.ageSeconds() <= Duration.ofDays(7).toSeconds()).count());
    }

    @Test
    void aClusterWithoutAuditLoggingIsMarkedAndNeverQueried() {
        List<AccountSnapshot> scanned = scan(checking(Duration.ofDays(7)));

        List<StaleTokenCheck> off = scanned.stream().flatMap(s -> s.staleTokenChecks().stream())
                .filter(c -> c.status() == StaleTokenCheck.Status.AUDIT_LOGGING_OFF).toList();
        assertThat(off).hasSize(clusters.size() - (int) audited());
        assertThat(off).allSatisfy(c -> assertThat(c.bytesScanned()).isZero());
        assertThat(scanned).flatExtracting(AccountSnapshot::staleTokens).extracting(StaleTokenObservation::clusterName)
                .doesNotContainAnyElementsOf(off.stream().map(StaleTokenCheck::clusterName).toList());
    }

    @Test
    void theAnalysisOfTheScanGivesTheUnavailableFindingExactlyForClustersWithoutAuditLogging() {
        List<AccountSnapshot> scanned = scan(checking(Duration.ofDays(7)));

        List<Finding> findings = FleetAnalyzer.analyze(scanned).findings();

        assertThat(findings).filteredOn(f -> f.code() == FindingCode.STALE_TOKEN_CHECK_UNAVAILABLE).extracting(Finding::resourceArn)
                .containsExactlyInAnyOrderElementsOf(clusters.stream().filter(c -> !c.auditLoggingEnabled()).map(EksCluster::arn).toList());
        long plantedSubjects = fleet.auditLog().stream().map(e -> e.clusterName() + "/" + e.region() + "/" + e.subject()).distinct().count();
        assertThat(findings).filteredOn(f -> f.code() == FindingCode.STALE_SERVICE_ACCOUNT_TOKEN).hasSize((int) plantedSubjects);
    }

    @Test
    void deniedLogsAccessBecomesACoverageGapAndFailedChecks() {
        sim.setKnobs(SimulatorKnobs.NONE.withDeny(DenyRule.parse("service=logs")));

        List<AccountSnapshot> scanned = scan(checking(Duration.ofDays(7)));

        List<CoverageGap> gaps = scanned.stream().flatMap(s -> s.coverageGaps().stream()).toList();
        assertThat(gaps).isNotEmpty().allSatisfy(g -> {
            assertThat(g.service()).isEqualTo("logs");
            assertThat(g.operation()).isEqualTo("DescribeLogGroups");
            assertThat(g.errorCode()).isEqualTo("AccessDeniedException");
        });
        assertThat(scanned).flatExtracting(AccountSnapshot::staleTokens).isEmpty();
        assertThat(scanned).flatExtracting(AccountSnapshot::staleTokenChecks)
                .filteredOn(c -> c.status() == StaleTokenCheck.Status.FAILED).hasSize((int) audited());
        assertThat(sim.requestCounts().count("logs", "StartQuery")).isZero();
    }

    @Test
    void withTheSwitchOffNoLogsCallIsMadeAtAll() {
        List<AccountSnapshot> scanned = scan(ScanOptions.defaults());

        assertThat(sim.requestCounts().byOperation()).isNotEmpty()
                .allSatisfy((operation, n) -> assertThat(operation).doesNotStartWith("logs:"));
        assertThat(scanned).hasSize(3).allSatisfy(s -> {
            assertThat(s.staleTokenChecks()).isEmpty();
            assertThat(s.staleTokens()).isEmpty();
        });
    }

    @Test
    void cancelWhileWaitingForAQueryStopsWithinASecond() throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicLong cancelledAt = new AtomicLong();
        ScanOptions slowPolls = ScanOptions.defaults().withStaleTokens(Duration.ofDays(7)).withPolling(Duration.ofSeconds(30), Duration.ofMinutes(5));
        Thread canceller = Thread.ofVirtual().start(() -> {
            while (sim.requestCounts().count("logs", "StartQuery") == 0) {
                Thread.onSpinWait();
            }
            cancelledAt.set(System.nanoTime());
            cancel.set(true);
        });
        ScanRequest request = new ScanRequest(DEMO_PROFILES, RegionChoice.of(regions), ScanFixtures.testLimits(), slowPolls);

        assertThatThrownBy(() -> new ScanService(resolver, Clock.systemUTC()).scan(request, ScanListener.NONE, cancel::get, s -> { }))
                .isInstanceOf(ScanCancelledException.class);
        long stoppedAfterMillis = (System.nanoTime() - cancelledAt.get()) / 1_000_000;
        canceller.join();

        assertThat(stoppedAfterMillis).isLessThan(1_000);
        assertThat(sim.requestCounts().count("logs", "GetQueryResults")).isZero();
        waitUntilNoRequestArrives();
    }

    @Test
    void aQueryStillRunningWhenTheWaitRunsOutIsStoppedAndReported() {
        // The first poll finds every query Scheduled, already past a wait of one millisecond.
        List<AccountSnapshot> scanned = scan(ScanOptions.defaults().withStaleTokens(Duration.ofDays(7))
                .withPolling(Duration.ofMillis(10), Duration.ofMillis(1)));

        assertThat(sim.requestCounts().count("logs", "StopQuery", "ok")).isEqualTo(audited());
        assertThat(sim.logsQueriesInProgress()).isZero();
        assertThat(scanned).flatExtracting(AccountSnapshot::staleTokenChecks)
                .filteredOn(c -> c.status() == StaleTokenCheck.Status.FAILED).hasSize((int) audited());
        assertThat(scanned).flatExtracting(AccountSnapshot::coverageGaps).filteredOn(g -> g.operation().equals("GetQueryResults"))
                .hasSize((int) audited()).allSatisfy(g -> assertThat(g.message()).contains("was still Scheduled").contains("it was stopped"));
    }

    @Test
    void cancelStopsEveryQueryTheScanStarted() throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        ScanOptions slowPolls = ScanOptions.defaults().withStaleTokens(Duration.ofDays(7)).withPolling(Duration.ofSeconds(30), Duration.ofMinutes(5));
        Thread canceller = Thread.ofVirtual().start(() -> {
            try {
                // Every query started and the scan waiting for its first poll: then no request arrives for a while.
                while (sim.requestCounts().count("logs", "StartQuery") == 0) {
                    Thread.sleep(20);
                }
                waitUntilNoRequestArrives();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cancel.set(true);
        });
        ScanRequest request = new ScanRequest(DEMO_PROFILES, RegionChoice.of(regions), ScanFixtures.testLimits(), slowPolls);

        assertThatThrownBy(() -> new ScanService(resolver, Clock.systemUTC()).scan(request, ScanListener.NONE, cancel::get, s -> { }))
                .isInstanceOf(ScanCancelledException.class);
        canceller.join();

        long started = sim.requestCounts().count("logs", "StartQuery");
        assertThat(started).isGreaterThan(1);
        assertThat(sim.requestCounts().count("logs", "StopQuery")).isEqualTo(started);
        assertThat(sim.logsQueriesInProgress()).isZero();
        waitUntilNoRequestArrives();
    }

    /** Calls the cancelled scan had in flight may still land; the next test's counts must not see them. */
    private static void waitUntilNoRequestArrives() throws InterruptedException {
        long seen = -1;
        while (seen != sim.requestCounts().total()) {
            seen = sim.requestCounts().total();
            Thread.sleep(300);
        }
    }
}
