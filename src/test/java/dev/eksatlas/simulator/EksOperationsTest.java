package dev.eksatlas.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.PodIdentityAssociation;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.InvalidParameterException;
import software.amazon.awssdk.services.eks.model.LogSetup;
import software.amazon.awssdk.services.eks.model.PodIdentityAssociationSummary;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;

class EksOperationsTest {
    private static FleetSimulator sim;
    private static SimulatedAccount prod;
    private static AccountSnapshot truth;

    @BeforeAll
    static void start() {
        sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()));
        prod = sim.fleet().accountNamed("prod");
        truth = prod.snapshot();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @AfterEach
    void resetKnobs() {
        sim.setKnobs(sim.knobs().withMaxPageSize(0));
        sim.requestCounts().reset();
    }

    private static EksClient eks(String region) {
        return SdkClients.eks(sim.endpoint(), SdkClients.credentials(prod), region);
    }

    @Test
    void paginatorReadsEveryClusterOfTheRegionInPagesOfOne() {
        sim.setKnobs(sim.knobs().withMaxPageSize(1));
        for (String region : truth.regions()) {
            try (EksClient eks = eks(region)) {
                List<String> names = eks.listClustersPaginator(b -> b.maxResults(100)).clusters().stream().toList();
                assertThat(names).containsExactlyElementsOf(truth.clusters().stream()
                        .filter(c -> c.region().equals(region)).map(EksCluster::name).toList());
            }
        }
        // One page per cluster: the last page carries no nextToken, so no extra request follows it.
        long pages = truth.regions().stream()
                .mapToLong(r -> Math.max(1, truth.clusters().stream().filter(c -> c.region().equals(r)).count())).sum();
        assertThat(sim.requestCounts().count("eks", "ListClusters")).isEqualTo(pages);
    }

    @Test
    void describeClusterGivesBackWhatWasPlantedExactly() {
        for (EksCluster expected : truth.clusters()) {
            try (EksClient eks = eks(expected.region())) {
                Cluster c = eks.describeCluster(b -> b.name(expected.name())).cluster();
                assertThat(c.arn()).isEqualTo(expected.arn());
                assertThat(c.createdAt()).isEqualTo(expected.createdAt());
                assertThat(c.version()).isEqualTo(expected.version());
                assertThat(c.platformVersion()).isEqualTo(expected.platformVersion());
                assertThat(c.identity().oidc().issuer()).isEqualTo(expected.oidcIssuer());
                assertThat(c.logging().clusterLogging().stream().filter(LogSetup::enabled).flatMap(l -> l.typesAsStrings().stream()))
                        .containsExactlyElementsOf(expected.loggingTypesEnabled());
                assertThat(c.accessConfig().authenticationModeAsString()).isEqualTo(expected.authenticationMode());
                assertThat(c.computeConfig() != null && Boolean.TRUE.equals(c.computeConfig().enabled())).isEqualTo(expected.autoMode());
                assertThat(c.tags()).isEqualTo(expected.tags());
                assertThat(c.statusAsString()).isEqualTo("ACTIVE");
            }
        }
    }

    @Test
    void podIdentityAssociationsArePagedFilteredAndDescribedWithEveryField() {
        sim.setKnobs(sim.knobs().withMaxPageSize(2));
        EksCluster cluster = truth.clusters().stream()
                .filter(c -> truth.associations().stream().filter(a -> a.clusterName().equals(c.name())).count() > 4).findFirst().orElseThrow();
        List<PodIdentityAssociation> expected = truth.associations().stream()
                .filter(a -> a.region().equals(cluster.region()) && a.clusterName().equals(cluster.name())).toList();
        try (EksClient eks = eks(cluster.region())) {
            List<PodIdentityAssociationSummary> all = eks.listPodIdentityAssociationsPaginator(b -> b.clusterName(cluster.name()))
                    .associations().stream().toList();
            assertThat(all).extracting(PodIdentityAssociationSummary::associationId)
                    .containsExactlyElementsOf(expected.stream().map(PodIdentityAssociation::associationId).toList());

            PodIdentityAssociation one = expected.getFirst();
            assertThat(eks.listPodIdentityAssociationsPaginator(b -> b.clusterName(cluster.name())
                    .namespace(one.namespace()).serviceAccount(one.serviceAccount())).associations().stream().toList())
                    .extracting(PodIdentityAssociationSummary::associationArn).containsExactly(one.associationArn());

            for (PodIdentityAssociation a : expected) {
                var got = eks.describePodIdentityAssociation(b -> b.clusterName(cluster.name()).associationId(a.associationId())).association();
                PodIdentityAssociation read = new PodIdentityAssociation(prod.accountId(), cluster.region(), got.clusterName(),
                        got.associationId(), got.associationArn(), got.namespace(), got.serviceAccount(), got.roleArn(),
                        got.targetRoleArn(), got.externalId(), got.disableSessionTags(), got.ownerArn(), got.policy(),
                        got.createdAt(), got.modifiedAt(), got.tags());
                assertThat(read).isEqualTo(a);
            }
        }
    }

    @Test
    void addonsAndFargateProfilesMatchTheGroundTruth() {
        sim.setKnobs(sim.knobs().withMaxPageSize(1));
        AccountSnapshot withFargate = sim.fleet().snapshots().stream().filter(s -> !s.fargateProfiles().isEmpty()).findFirst().orElseThrow();
        SimulatedAccount account = sim.fleet().account(withFargate.accountId()).orElseThrow();
        FargateProfile profile = withFargate.fargateProfiles().getFirst();
        try (EksClient eks = SdkClients.eks(sim.endpoint(), SdkClients.credentials(account), profile.region())) {
            List<String> names = eks.listFargateProfilesPaginator(b -> b.clusterName(profile.clusterName())).fargateProfileNames().stream().toList();
            assertThat(names).contains(profile.name());
            var fp = eks.describeFargateProfile(b -> b.clusterName(profile.clusterName()).fargateProfileName(profile.name())).fargateProfile();
            assertThat(fp.podExecutionRoleArn()).isEqualTo(profile.podExecutionRoleArn());
            assertThat(fp.selectors()).extracting(s -> new FargateProfile.Selector(s.namespace(), s.labels()))
                    .containsExactlyElementsOf(profile.selectors());

            List<EksAddon> expected = withFargate.addons().stream()
                    .filter(a -> a.region().equals(profile.region()) && a.clusterName().equals(profile.clusterName())).toList();
            assertThat(eks.listAddonsPaginator(b -> b.clusterName(profile.clusterName())).addons().stream().toList())
                    .containsExactlyElementsOf(expected.stream().map(EksAddon::name).toList());
            for (EksAddon a : expected) {
                var got = eks.describeAddon(b -> b.clusterName(a.clusterName()).addonName(a.name())).addon();
                assertThat(new EksAddon(account.accountId(), profile.region(), got.clusterName(), got.addonName(), got.addonArn(),
                        got.addonVersion(), got.statusAsString(), got.serviceAccountRoleArn(), got.podIdentityAssociations(),
                        got.createdAt())).isEqualTo(a);
            }
        }
    }

    @Test
    void unknownResourcesRaiseResourceNotFoundException() {
        EksCluster cluster = truth.clusters().getFirst();
        try (EksClient eks = eks(cluster.region())) {
            assertThatThrownBy(() -> eks.describeCluster(b -> b.name("nope")))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(404);
                        assertThat(e.clusterName()).isEqualTo("nope");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("No cluster found for name: nope.");
                    });
            assertThatThrownBy(() -> eks.listPodIdentityAssociations(b -> b.clusterName("nope"))).isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> eks.describePodIdentityAssociation(b -> b.clusterName(cluster.name()).associationId("a-00000000000000000")))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> eks.describeAddon(b -> b.clusterName(cluster.name()).addonName("nope")))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.addonName()).isEqualTo("nope"));
            assertThatThrownBy(() -> eks.describeFargateProfile(b -> b.clusterName(cluster.name()).fargateProfileName("nope")))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.fargateProfileName()).isEqualTo("nope"));
        }
        assertThat(sim.requestCounts().count("eks", "DescribeCluster", "ResourceNotFoundException")).isEqualTo(1);
    }

    @Test
    void badPageLimitsAndTokensRaiseInvalidParameterException() {
        try (EksClient eks = eks("us-east-1")) {
            assertThatThrownBy(() -> eks.listClusters(b -> b.maxResults(101)))
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
            assertThatThrownBy(() -> eks.listClusters(b -> b.nextToken("not-a-token"))).isInstanceOf(InvalidParameterException.class);
        }
    }

    @Test
    void aRegionWithoutClustersListsNone() {
        try (EksClient eks = eks("sa-east-1")) {
            assertThat(eks.listClusters().clusters()).isEmpty();
            assertThat(eks.listClusters().nextToken()).isNull();
        }
    }
}
