package dev.eksatlas.simulator.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.IamRole;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FleetGeneratorTest {

    @Test
    void demoFleetPlantsEverySituationAtLeastOnce() {
        Fleet fleet = Fleet.generate(FleetSpec.demo());
        Set<SituationKind> planted = fleet.situations().stream().map(PlantedSituation::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SituationKind.class)));
        Set<SituationKind> expected = EnumSet.allOf(SituationKind.class);
        expected.remove(SituationKind.OIDC_PROVIDERS_AT_QUOTA);
        fleet.situations().stream().collect(Collectors.groupingBy(PlantedSituation::kind, Collectors.counting()))
                .forEach((k, v) -> System.out.println(k + " " + v));
        assertThat(planted).containsAll(expected);
    }

    @Test
    void demoFleetHasTheAdvertisedSize() {
        Fleet fleet = Fleet.generate(FleetSpec.demo());
        assertThat(fleet.accounts()).extracting(SimulatedAccount::profile).containsExactly("demo-prod", "demo-staging", "demo-sandbox");
        assertThat(fleet.snapshots()).allSatisfy(s -> assertThat(s.regions()).hasSize(3));
        assertThat(fleet.snapshots().stream().mapToInt(s -> s.clusters().size()).sum()).isEqualTo(25);
        assertThat(fleet.snapshots().stream().mapToInt(s -> s.associations().size()).sum()).isEqualTo(240);
        assertThat(fleet.snapshots().stream().mapToInt(s -> s.roles().size()).sum()).isEqualTo(300);
    }

    @Test
    void sameSpecGivesTheSameFleet() {
        assertThat(Fleet.generate(FleetSpec.demo())).isEqualTo(Fleet.generate(FleetSpec.demo()));
        assertThat(Fleet.generate(FleetSpec.demo().withSeed(7))).isNotEqualTo(Fleet.generate(FleetSpec.demo()));
    }

    @Test
    void trustPoliciesStayWithinTheMaximumQuota() {
        for (AccountSnapshot s : Fleet.generate(FleetSpec.demo()).snapshots()) {
            assertThat(s.roles()).allSatisfy(r -> {
                assertThat(r.trustPolicySize()).isEqualTo(IamRole.policySize(r.trustPolicy())).isLessThanOrEqualTo(4096);
                assertThat(r.name().length()).isLessThanOrEqualTo(64);
            });
        }
    }

    @Test
    void largeFleetHasTheAdvertisedSize() {
        long t0 = System.nanoTime();
        Fleet fleet = Fleet.generate(FleetSpec.large());
        System.out.println("large generated in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertThat(fleet.accounts()).hasSize(10);
        assertThat(fleet.snapshots().stream().mapToInt(s -> s.clusters().size()).sum()).isEqualTo(300);
        assertThat(fleet.snapshots().stream().mapToInt(s -> s.associations().size()).sum()).isEqualTo(6000);
        assertThat(fleet.snapshots().stream().mapToInt(s -> s.roles().size()).sum()).isEqualTo(10_000);
        assertThat(fleet.snapshots().getFirst().oidcProviders()).hasSize(100);
        assertThat(fleet.situations(SituationKind.OIDC_PROVIDERS_AT_QUOTA)).hasSize(1);
    }
}
