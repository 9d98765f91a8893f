package dev.eksatlas.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.simulator.AwsConfigWriter;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.faults.DenyRule;
import dev.eksatlas.simulator.faults.SimulatorKnobs;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans of the simulator's demo fleet with the real SDK clients over HTTP. */
class ScanServiceTest {
    private static final List<String> DEMO_PROFILES = List.of("demo-prod", "demo-staging", "demo-sandbox");
    private static Fleet fleet;
    private static FleetSimulator sim;
    private static List<String> regions;

    @TempDir
    Path awsDir;

    private SdkProfileResolver resolver;

    @BeforeAll
    static void startSimulator() {
        fleet = Fleet.generate(FleetSpec.demo());
        sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()), fleet);
        regions = fleet.snapshots().stream().flatMap(s -> s.regions().stream()).distinct().sorted().toList();
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @BeforeEach
    void writeProfiles() throws IOException {
        sim.setKnobs(SimulatorKnobs.NONE);
        AwsConfigWriter.write(awsDir, fleet, sim.endpoint());
        resolver = ScanFixtures.resolver(awsDir);
    }

    @AfterEach
    void closeResolver() {
        resolver.close();
    }

    private ScanReport scan(List<String> profiles, List<AccountSnapshot> sink) {
        ScanRequest request = new ScanRequest(profiles, RegionChoice.of(regions), ScanFixtures.testLimits());
        return new ScanService(resolver, Clock.systemUTC()).scan(request, ScanListener.NONE, CancelSignal.NEVER, sink::add);
    }

    private static Map<String, AccountSnapshot> byAccount(List<AccountSnapshot> snapshots) {
        return snapshots.stream().collect(Collectors.toMap(AccountSnapshot::accountId, Function.identity()));
    }

    private static void assertEqualsGroundTruth(List<AccountSnapshot> scanned) {
        Map<String, AccountSnapshot> got = byAccount(scanned);
        assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(byAccount(fleet.snapshots()).keySet());
        for (AccountSnapshot truth : fleet.snapshots()) {
            AccountSnapshot expected = ScanFixtures.content(ScanFixtures.asScanned(truth));
            AccountSnapshot actual = ScanFixtures.content(got.get(truth.accountId()));
            assertThat(actual.account()).isEqualTo(expected.account());
            assertSameItems("clusters", actual.clusters(), expected.clusters());
            assertSameItems("providers", actual.oidcProviders(), expected.oidcProviders());
            assertSameItems("roles", actual.roles(), expected.roles());
            assertSameItems("associations", actual.associations(), expected.associations());
            assertSameItems("add-ons", actual.addons(), expected.addons());
            assertSameItems("fargate profiles", actual.fargateProfiles(), expected.fargateProfiles());
            assertThat(actual.coverageGaps()).isEmpty();
            assertThat(actual).isEqualTo(expected);
        }
    }

    /** Item by item, so a failure shows the one record that differs rather than two long lists. */
    private static <T> void assertSameItems(String what, List<T> actual, List<T> expected) {
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            assertThat(actual.get(i)).as("%s #%d", what, i).isEqualTo(expected.get(i));
        }
        assertThat(actual).as(what).hasSameSizeAs(expected);
    }

    @Test
    void theDemoFleetInventoryEqualsTheGroundTruthItemByItem() {
        List<AccountSnapshot> sink = new CopyOnWriteArrayList<>();

        ScanReport report = scan(DEMO_PROFILES, sink);

        assertThat(report.failures()).isEmpty();
        assertThat(report.accounts()).hasSize(3);
        assertEqualsGroundTruth(sink);
        assertThat(sink).allSatisfy(s -> assertThat(s.apiCalls()).isPositive());
    }

    @Test
    void tinyPagesEverywhereGiveTheSameInventory() {
        sim.setKnobs(SimulatorKnobs.NONE.withMaxPageSize(1));
        List<AccountSnapshot> sink = new CopyOnWriteArrayList<>();

        scan(DEMO_PROFILES, sink);

        assertEqualsGroundTruth(sink);
    }

    @Test
    void aThrottlingStormAndFivePercentServerErrorsGiveTheSameInventoryWithoutDuplicates() {
        sim.setKnobs(SimulatorKnobs.NONE.withThrottleRps(40).withFailRate(0.05));
        List<AccountSnapshot> sink = new CopyOnWriteArrayList<>();

        scan(DEMO_PROFILES, sink);

        assertEqualsGroundTruth(sink);
        assertThat(sim.requestCounts().toString()).isNotEmpty();
    }

    @Test
    void aDeniedRegionAndServiceBecomeCoverageGapsWhileTheRestCompletes() {
        AccountSnapshot prod = fleet.accountNamed("prod").snapshot();
        String deniedRegion = prod.regions().get(1);
        sim.setKnobs(SimulatorKnobs.NONE.withDeny(DenyRule.parse(
                "account=" + prod.accountId() + ",region=" + deniedRegion + ",service=eks;account="
                        + fleet.accountNamed("staging").accountId() + ",service=iam")));
        List<AccountSnapshot> sink = new CopyOnWriteArrayList<>();

        ScanReport report = scan(DEMO_PROFILES, sink);

        assertThat(report.hasCoverageGaps()).isTrue();
        AccountSnapshot scannedProd = byAccount(sink).get(prod.accountId());
        assertThat(scannedProd.coverageGaps()).extracting(CoverageGap::region, CoverageGap::service, CoverageGap::operation)
                .containsExactly(tuple(deniedRegion, "eks", "ListClusters"));
        assertThat(scannedProd.clusters()).extracting(c -> c.region()).doesNotContain(deniedRegion)
                .hasSize((int) prod.clusters().stream().filter(c -> !c.region().equals(deniedRegion)).count());
        assertThat(scannedProd.roles()).hasSize(prod.roles().size());

        AccountSnapshot staging = byAccount(sink).get(fleet.accountNamed("staging").accountId());
        assertThat(staging.roles()).isEmpty();
        assertThat(staging.coverageGaps()).extracting(CoverageGap::service).containsOnly("iam");
        assertThat(staging.coverageGaps()).extracting(CoverageGap::operation).contains("ListRoles", "ListOpenIDConnectProviders");
        assertThat(staging.clusters()).hasSize(fleet.accountNamed("staging").snapshot().clusters().size());
        AccountSnapshot sandbox = byAccount(sink).get(fleet.accountNamed("sandbox").accountId());
        assertThat(sandbox.coverageGaps()).isEmpty();
    }

    @Test
    void anAssumeRoleProfileChainReachesASecondSimulatedAccount() {
        String staging = fleet.accountNamed("staging").accountId();
        ScanFixtures.appendConfig(awsDir, "[profile chained]\nrole_arn = arn:aws:iam::" + staging
                + ":role/EksAtlasReadOnly\nsource_profile = demo-prod\nregion = " + regions.getFirst());
        List<AccountSnapshot> sink = new CopyOnWriteArrayList<>();

        ScanReport report = scan(List.of("chained"), sink);

        assertThat(report.failures()).isEmpty();
        assertThat(sink).singleElement().satisfies(s -> {
            assertThat(s.accountId()).isEqualTo(staging);
            assertThat(s.profile()).isEqualTo("chained");
            assertThat(ScanFixtures.content(s)).isEqualTo(ScanFixtures.content(ScanFixtures.asScanned(fleet.accountNamed("staging").snapshot())));
        });
    }

    @Test
    void profilesReachingTheSameAccountShareIt() {
        ScanFixtures.appendConfig(awsDir, "[profile prod-again]\nrole_arn = arn:aws:iam::"
                + fleet.accountNamed("prod").accountId() + ":role/EksAtlasReadOnly\nsource_profile = demo-sandbox");
        List<AccountSnapshot> sink = new CopyOnWriteArrayList<>();

        ScanReport report = scan(List.of("demo-prod", "prod-again"), sink);

        assertThat(sink).hasSize(1);
        assertThat(report.accounts()).singleElement().satisfies(a -> assertThat(a.profiles()).containsExactly("demo-prod", "prod-again"));
    }

    @Test
    void aProfileThatCannotBeUsedIsReportedAndTheOthersAreScanned() {
        List<AccountSnapshot> sink = new CopyOnWriteArrayList<>();

        ScanReport report = scan(List.of("no-such-profile", "demo-sandbox"), sink);

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.profile()).isEqualTo("no-such-profile");
            assertThat(f.message()).contains("no profile named 'no-such-profile'");
        });
        assertThat(sink).extracting(AccountSnapshot::accountId).containsExactly(fleet.accountNamed("sandbox").accountId());
    }
}
