package dev.eksatlas.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.domain.PodIdentityAssociation;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.LogSetup;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * Reads every account of the demo fleet through the SDK, the way a scanner would, and finds exactly
 * the ground truth the generator reports: the served data and {@code Fleet.snapshots()} are one.
 */
class GroundTruthRoundTripTest {

    @Test
    void sdkReadsTheWholeDemoFleetExactlyAsItsGroundTruth() {
        try (FleetSimulator sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()))) {
            sim.setKnobs(sim.knobs().withMaxPageSize(5));
            for (SimulatedAccount account : sim.fleet().accounts()) {
                AccountSnapshot truth = account.snapshot();
                AwsCredentialsProvider creds = SdkClients.credentials(account);
                List<EksCluster> clusters = new ArrayList<>();
                List<PodIdentityAssociation> associations = new ArrayList<>();
                List<EksAddon> addons = new ArrayList<>();
                List<FargateProfile> fargate = new ArrayList<>();
                for (String region : truth.regions()) {
                    try (EksClient eks = SdkClients.eks(sim.endpoint(), creds, region)) {
                        for (String name : eks.listClustersPaginator(b -> { }).clusters()) {
                            clusters.add(cluster(account.accountId(), region, eks.describeCluster(b -> b.name(name)).cluster()));
                            eks.listPodIdentityAssociationsPaginator(b -> b.clusterName(name)).associations().forEach(s -> {
                                var a = eks.describePodIdentityAssociation(b -> b.clusterName(name).associationId(s.associationId())).association();
                                associations.add(new PodIdentityAssociation(account.accountId(), region, a.clusterName(), a.associationId(),
                                        a.associationArn(), a.namespace(), a.serviceAccount(), a.roleArn(), a.targetRoleArn(), a.externalId(),
                                        a.disableSessionTags(), a.ownerArn(), a.policy(), a.createdAt(), a.modifiedAt(), a.tags()));
                            });
                            eks.listAddonsPaginator(b -> b.clusterName(name)).addons().forEach(n -> {
                                var a = eks.describeAddon(b -> b.clusterName(name).addonName(n)).addon();
                                addons.add(new EksAddon(account.accountId(), region, a.clusterName(), a.addonName(), a.addonArn(),
                                        a.addonVersion(), a.statusAsString(), a.serviceAccountRoleArn(), a.podIdentityAssociations(), a.createdAt()));
                            });
                            eks.listFargateProfilesPaginator(b -> b.clusterName(name)).fargateProfileNames().forEach(n -> {
                                var f = eks.describeFargateProfile(b -> b.clusterName(name).fargateProfileName(n)).fargateProfile();
                                fargate.add(new FargateProfile(account.accountId(), region, f.clusterName(), f.fargateProfileName(),
                                        f.fargateProfileArn(), f.statusAsString(), f.podExecutionRoleArn(),
                                        f.selectors().stream().map(s -> new FargateProfile.Selector(s.namespace(), s.labels())).toList()));
                            });
                        }
                    }
                }
                assertThat(clusters).containsExactlyElementsOf(truth.clusters());
                assertThat(associations).containsExactlyElementsOf(truth.associations());
                assertThat(addons).containsExactlyElementsOf(truth.addons());
                assertThat(fargate).containsExactlyElementsOf(truth.fargateProfiles());
                try (IamClient iam = SdkClients.iam(sim.endpoint(), creds)) {
                    List<IamRole> roles = iam.listRolesPaginator(b -> { }).roles().stream()
                            .map(r -> role(account.accountId(), iam.getRole(b -> b.roleName(r.roleName())).role())).toList();
                    assertThat(roles).containsExactlyElementsOf(truth.roles());
                    List<OidcProvider> providers = iam.listOpenIDConnectProviders().openIDConnectProviderList().stream().map(e -> {
                        var p = iam.getOpenIDConnectProvider(b -> b.openIDConnectProviderArn(e.arn()));
                        return new OidcProvider(account.accountId(), e.arn(), p.url(), p.clientIDList(), p.thumbprintList(), p.createDate(),
                                p.tags().stream().collect(Collectors.toMap(Tag::key, Tag::value)));
                    }).toList();
                    assertThat(providers).containsExactlyElementsOf(truth.oidcProviders());
                    assertThat(iam.listAccountAliases().accountAliases()).containsExactly(truth.account().alias());
                }
            }
        }
    }

    private static EksCluster cluster(String account, String region, Cluster c) {
        return new EksCluster(account, region, c.name(), c.arn(), c.version(), c.platformVersion(), c.statusAsString(),
                c.identity().oidc().issuer(),
                c.logging().clusterLogging().stream().filter(LogSetup::enabled).flatMap(l -> l.typesAsStrings().stream()).toList(),
                c.accessConfig().authenticationModeAsString(),
                c.computeConfig() != null && Boolean.TRUE.equals(c.computeConfig().enabled()), c.createdAt(), c.tags());
    }

    private static IamRole role(String account, Role r) {
        String policy = URLDecoder.decode(r.assumeRolePolicyDocument(), StandardCharsets.UTF_8);
        return new IamRole(account, r.arn(), r.roleName(), r.path(), r.createDate(), r.maxSessionDuration(), policy,
                IamRole.policySize(policy), true, r.roleLastUsed().lastUsedDate(), r.roleLastUsed().region(),
                r.tags().stream().collect(Collectors.toMap(Tag::key, Tag::value)));
    }
}
