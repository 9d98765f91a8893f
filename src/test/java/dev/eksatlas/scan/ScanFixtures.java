package dev.eksatlas.scan;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.domain.PodIdentityAssociation;
import dev.eksatlas.testing.AsScanned;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.profiles.ProfileFile;

/** Shared pieces of the scan tests: profile files pointing at a simulator, and snapshot comparison. */
final class ScanFixtures {
    private ScanFixtures() {
    }

    /** Limits for tests: quick timeouts, generous rates (the simulator's own limits are what is tested). */
    static ScanLimits testLimits() {
        return ScanLimits.defaults().withRates(1000, 1000, 1000).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    static SdkProfileResolver resolver(Path awsDir) {
        return new SdkProfileResolver(() -> ProfileFile.aggregator()
                .addFile(ProfileFile.builder().content(awsDir.resolve("credentials")).type(ProfileFile.Type.CREDENTIALS).build())
                .addFile(ProfileFile.builder().content(awsDir.resolve("config")).type(ProfileFile.Type.CONFIGURATION).build())
                .build());
    }

    static void appendConfig(Path awsDir, String text) {
        try {
            Files.writeString(awsDir.resolve("config"), Files.readString(awsDir.resolve("config")) + "\n" + text + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a scan should store of the simulator's ground truth (see {@link AsScanned}). */
    static AccountSnapshot asScanned(AccountSnapshot truth) {
        return AsScanned.snapshot(truth);
    }

    /**
     * The content of a snapshot in a canonical order, without what differs from scan to scan
     * (profile, times, calls): what "the inventory equals the ground truth" compares.
     */
    static AccountSnapshot content(AccountSnapshot s) {
        return new AccountSnapshot(s.account(), null, List.of(), null, null,
                sorted(s.clusters(), Comparator.comparing(EksCluster::arn)),
                sorted(s.oidcProviders(), Comparator.comparing(OidcProvider::arn)),
                sorted(s.roles(), Comparator.comparing(IamRole::arn)),
                sorted(s.associations(), Comparator.comparing(PodIdentityAssociation::associationArn)),
                sorted(s.addons(), Comparator.comparing(EksAddon::region).thenComparing(EksAddon::clusterName).thenComparing(EksAddon::name)),
                sorted(s.fargateProfiles(), Comparator.comparing(FargateProfile::arn)),
                List.of(),
                sorted(s.coverageGaps(), Comparator.comparing(CoverageGap::toString)),
                0, null);
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return items.stream().sorted(order).toList();
    }
}
