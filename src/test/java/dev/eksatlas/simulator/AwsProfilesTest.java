package dev.eksatlas.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.services.eks.EksClient;

/** The profiles {@code simulate --write-aws-config} writes, read by the SDK's own profile machinery. */
class AwsProfilesTest {

    @Test
    void sdkUsesEndpointUrlKeysAndRegionOfTheWrittenProfiles(@TempDir Path dir) throws IOException {
        try (FleetSimulator sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()))) {
            AwsConfigWriter.write(dir, sim.fleet(), sim.endpoint());
            ProfileFile profiles = ProfileFile.aggregator()
                    .addFile(ProfileFile.builder().content(dir.resolve("credentials")).type(ProfileFile.Type.CREDENTIALS).build())
                    .addFile(ProfileFile.builder().content(dir.resolve("config")).type(ProfileFile.Type.CONFIGURATION).build())
                    .build();
            SimulatedAccount staging = sim.fleet().accountNamed("staging");
            // No endpointOverride, no region, no credentials given in code: all of it comes from the profile.
            try (EksClient eks = EksClient.builder()
                    .credentialsProvider(ProfileCredentialsProvider.builder().profileFile(profiles).profileName("demo-staging").build())
                    .region(new AwsProfileRegionProvider(() -> profiles, "demo-staging").getRegion())
                    .overrideConfiguration(o -> o.defaultProfileFile(profiles).defaultProfileName("demo-staging"))
                    .build()) {
                assertThat(eks.listClusters().clusters()).containsExactlyElementsOf(staging.snapshot().clusters().stream()
                        .filter(c -> c.region().equals(staging.homeRegion())).map(EksCluster::name).toList());
            }
            assertThat(sim.requestCounts().count("eks", "ListClusters", "ok")).isEqualTo(1);
        }
    }

    @Test
    void neverOverwritesFilesItDidNotWrite(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("config"), "[profile real]\nregion = eu-west-1\n");
        try (FleetSimulator sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.tiny()))) {
            assertThatThrownBy(() -> AwsConfigWriter.write(dir, sim.fleet(), sim.endpoint()))
                    .hasMessageContaining("was not written by eks-atlas simulate");
            assertThat(Files.readString(dir.resolve("config"))).isEqualTo("[profile real]\nregion = eu-west-1\n");
        }
    }
}
