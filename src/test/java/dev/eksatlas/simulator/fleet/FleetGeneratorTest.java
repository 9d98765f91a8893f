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
    void tinyFleetHasBothMechanismsInOneAccountAndRegion() {
        Fleet fleet = Fleet.generate(FleetSpec.tiny());
        AccountSnapshot only = fleet.snapshots().getFirst();
        assertThat(fleet.accounts()).hasSize(1);
        assertThat(only.regions()).containsExactly("us-east-1");
        assertThat(only.clusters()).hasSize(3);
        assertThat(only.associations()).hasSize(8);
        assertThat(only.roles().size()).isGreaterThanOrEqualTo(20);
        assertThat(fleet.situations(SituationKind.CLUSTER_IRSA_ONLY)).isNotEmpty();
        assertThat(fleet.situations(SituationKind.CLUSTER_POD_IDENTITY_ONLY)).isNotEmpty();
    }

    @Test
    void everySituationPointsAtSomethingInTheGroundTruth() {
        Fleet fleet = Fleet.generate(FleetSpec.demo());
        for (PlantedSituation s : fleet.situations()) {
            AccountSnapshot a = fleet.account(s.accountId()).orElseThrow().snapshot();
            if (s.clusterName() != null) {
                assertThat(a.clusters()).as(s.toString()).anyMatch(c -> c.name().equals(s.clusterName()) && c.region().equals(s.region()));
            }
            if (s.resourceArn() != null) {
                Set<String> arns = new java.util.HashSet<>();
                a.clusters().forEach(c -> arns.add(c.arn()));
                a.roles().forEach(r -> arns.add(r.arn()));
                a.oidcProviders().forEach(p -> arns.add(p.arn()));
                a.associations().forEach(p -> arns.add(p.associationArn()));
                a.addons().forEach(p -> arns.add(p.arn()));
                a.fargateProfiles().forEach(p -> arns.add(p.arn()));
                assertThat(arns).as(s.toString()).contains(s.resourceArn());
            }
        }
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
