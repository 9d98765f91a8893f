package dev.eksatlas.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.comparison.Readiness;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SituationKind;
import dev.eksatlas.ui.common.ImmediateTaskRunner;
import dev.eksatlas.ui.common.InventoryModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overview's numbers and chart data, from the demo fleet's ground truth, without the toolkit. */
class OverviewViewModelTest {
    private static final Fleet FLEET = Fleet.generate(FleetSpec.demo());

    private static OverviewViewModel loaded(List<AccountSnapshot> snapshots) {
        InventoryModel inventory = new InventoryModel(new ImmediateTaskRunner(), () -> snapshots);
        OverviewViewModel vm = new OverviewViewModel(inventory);
        inventory.reload();
        return vm;
    }

    @Test
    void countsAccountsClustersGrantsAssociationsAndFindingsBySeverity() {
        OverviewViewModel vm = loaded(FLEET.snapshots());
        FleetNumbers n = vm.numbersProperty().get();

        assertThat(n.accounts()).isEqualTo(3);
        assertThat(n.clusters()).isEqualTo(FLEET.snapshots().stream().mapToInt(s -> s.clusters().size()).sum()).isEqualTo(25);
        assertThat(n.associations()).isEqualTo(FLEET.snapshots().stream().mapToInt(s -> s.associations().size()).sum());
        assertThat(n.irsaGrants()).isPositive();
        assertThat(n.findings(Severity.HIGH)).isPositive();
        assertThat(n.totalFindings()).isEqualTo(n.findings(Severity.HIGH) + n.findings(Severity.MEDIUM) + n.findings(Severity.LOW)
                + n.findings(Severity.INFO));
    }

    @Test
    void startsEmptyAndFillsWhenTheInventoryLoads() {
        InventoryModel inventory = new InventoryModel(new ImmediateTaskRunner(), FLEET::snapshots);
        OverviewViewModel vm = new OverviewViewModel(inventory);
        assertThat(vm.numbersProperty().get().clusters()).isZero();

        inventory.reload();

        assertThat(vm.numbersProperty().get().clusters()).isEqualTo(25);
        assertThat(vm.accounts()).isEmpty();
    }

    @Test
    void adoptionBarsCoverEveryClusterAndItsServiceAccounts() {
        ChartData charts = loaded(FLEET.snapshots()).chartsProperty().get();

        assertThat(charts.adoption()).hasSize(25);
        assertThat(charts.clustersNotShown()).isZero();
        assertThat(charts.adoption()).extracting(AdoptionBar::label).doesNotHaveDuplicates();
        assertThat(charts.adoption()).anyMatch(b -> b.irsa() > 0 && b.podIdentity() == 0)
                .anyMatch(b -> b.podIdentity() > 0 && b.irsa() == 0)
                .anyMatch(b -> b.both() > 0);
        String migrating = FLEET.situations(SituationKind.CLUSTER_MIGRATING).getFirst().resourceArn();
        assertThat(charts.adoption()).filteredOn(b -> b.clusterArn().equals(migrating)).singleElement()
                .satisfies(b -> assertThat(b.both()).isPositive());
    }

    @Test
    void providerBarsShowEachAccountsProvidersUnderItsAlias() {
        ChartData charts = loaded(FLEET.snapshots()).chartsProperty().get();

        assertThat(charts.providers()).hasSize(3);
        for (AccountSnapshot s : FLEET.snapshots()) {
            assertThat(charts.providers()).filteredOn(p -> p.accountId().equals(s.accountId())).singleElement()
                    .satisfies(p -> {
                        assertThat(p.providers()).isEqualTo(s.oidcProviders().size());
                        assertThat(p.label()).isEqualTo(s.account().alias());
                    });
        }
    }

    @Test
    void anAccountAtTheQuotaIsOverAndOneAtEightyIsNear() {
        Fleet large = Fleet.generate(FleetSpec.large());
        String atQuota = large.situations(SituationKind.OIDC_PROVIDERS_AT_QUOTA).getFirst().accountId();

        List<ProviderBar> bars = ChartData.providers(large.snapshots());

        assertThat(bars).filteredOn(p -> p.accountId().equals(atQuota)).singleElement()
                .satisfies(p -> assertThat(p.zone()).isEqualTo(Zone.OVER));
    }

    @Test
    void trustSizeBinsReachPastTheLimitWhenARoleIsOverIt() {
        ChartData charts = loaded(FLEET.snapshots()).chartsProperty().get();
        List<SizeBin> bins = charts.trustSizes();

        assertThat(FLEET.situations(SituationKind.TRUST_POLICY_OVER_DEFAULT_LIMIT)).isNotEmpty();
        assertThat(bins.getFirst().lower()).isZero();
        assertThat(bins).anyMatch(SizeBin::endsAtDefaultLimit);
        assertThat(bins).filteredOn(b -> b.zone() == Zone.OVER).extracting(SizeBin::roles).anyMatch(r -> r > 0);
        assertThat(bins).filteredOn(b -> b.zone() == Zone.NEAR).extracting(SizeBin::roles).anyMatch(r -> r > 0);
        assertThat(bins.stream().mapToInt(SizeBin::roles).sum()).isPositive();
    }

    @Test
    void sizeBinZonesFollowTheDefaultLimitAndItsEightyPercent() {
        assertThat(new SizeBin(1280, 1536, 1).zone()).isEqualTo(Zone.OK);
        assertThat(new SizeBin(1536, 1792, 1).zone()).isEqualTo(Zone.NEAR);
        assertThat(new SizeBin(1792, 2048, 1).zone()).isEqualTo(Zone.NEAR);
        assertThat(new SizeBin(2048, 2304, 1).zone()).isEqualTo(Zone.OVER);
        assertThat(new ProviderBar("a", "1", 79).zone()).isEqualTo(Zone.OK);
        assertThat(new ProviderBar("a", "1", 80).zone()).isEqualTo(Zone.NEAR);
    }

    @Test
    void readinessCountsAddUpToTheClustersAndIncludeBlockedOnes() {
        ChartData charts = loaded(FLEET.snapshots()).chartsProperty().get();

        assertThat(charts.readiness(Readiness.READY) + charts.readiness(Readiness.READY_WITH_WARNINGS)
                + charts.readiness(Readiness.BLOCKED)).isEqualTo(25);
        assertThat(charts.readiness(Readiness.BLOCKED))
                .isGreaterThanOrEqualTo((int) FLEET.situations(SituationKind.CLUSTER_BELOW_POD_IDENTITY_MINIMUM).stream()
                        .map(s -> s.resourceArn()).distinct().count())
                .isPositive();
    }
}
