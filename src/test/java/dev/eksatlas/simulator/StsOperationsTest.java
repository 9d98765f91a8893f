package dev.eksatlas.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

class StsOperationsTest {
    private static FleetSimulator sim;
    private static SimulatedAccount prod;
    private static SimulatedAccount staging;

    @BeforeAll
    static void start() {
        sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()));
        prod = sim.fleet().accountNamed("prod");
        staging = sim.fleet().accountNamed("staging");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void callerIdentityNamesTheAccountOfTheAccessKey() {
        try (StsClient sts = SdkClients.sts(sim.endpoint(), SdkClients.credentials(prod), "us-east-1")) {
            GetCallerIdentityResponse id = sts.getCallerIdentity();
            assertThat(id.account()).isEqualTo("111122223333");
            assertThat(id.arn()).isEqualTo("arn:aws:iam::111122223333:user/eks-atlas-sim");
            assertThat(id.userId()).startsWith("AIDA");
        }
    }

    @Test
    void assumeRoleChainsIntoAnotherAccountAndItsClusters() {
        String roleArn = "arn:aws:iam::" + staging.accountId() + ":role/EksAtlasReadOnly";
        try (StsClient sts = SdkClients.sts(sim.endpoint(), SdkClients.credentials(prod), "us-east-1");
             StsAssumeRoleCredentialsProvider assumed = StsAssumeRoleCredentialsProvider.builder().stsClient(sts)
                     .refreshRequest(b -> b.roleArn(roleArn).roleSessionName("atlas-scan")).build();
             StsClient asStaging = SdkClients.sts(sim.endpoint(), assumed, "us-east-1");
             EksClient eks = SdkClients.eks(sim.endpoint(), assumed, "us-east-1")) {
            GetCallerIdentityResponse id = asStaging.getCallerIdentity();
            assertThat(id.account()).isEqualTo(staging.accountId());
            assertThat(id.arn()).isEqualTo("arn:aws:sts::" + staging.accountId() + ":assumed-role/EksAtlasReadOnly/atlas-scan");
            assertThat(assumed.resolveCredentials().accessKeyId()).startsWith("ASIASIM" + staging.accountId());
            assertThat(eks.listClusters().clusters()).containsExactlyElementsOf(staging.snapshot().clusters().stream()
                    .filter(c -> c.region().equals("us-east-1")).map(EksCluster::name).toList());
        }
    }

    @Test
    void assumeRoleIntoAnUnknownAccountOrMissingRoleIsDenied() {
        try (StsClient sts = SdkClients.sts(sim.endpoint(), SdkClients.credentials(prod), "us-east-1")) {
            for (String arn : new String[] {"arn:aws:iam::123456789012:role/EksAtlasReadOnly",
                    "arn:aws:iam::" + staging.accountId() + ":role/does-not-exist"}) {
                assertThatThrownBy(() -> sts.assumeRole(b -> b.roleArn(arn).roleSessionName("atlas")))
                        .isInstanceOfSatisfying(StsException.class, e -> {
                            assertThat(e.statusCode()).isEqualTo(403);
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                            assertThat(e.getMessage()).contains("is not authorized to perform: sts:AssumeRole on resource: " + arn);
                        });
            }
        }
    }
}
