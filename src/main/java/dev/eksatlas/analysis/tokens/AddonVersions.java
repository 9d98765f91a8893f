package dev.eksatlas.analysis.tokens;

import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares EKS add-on versions ({@code v1.7.5-eksbuild.2}) with the guide's token-refresh minimums:
 * {@code vpc-cni} 1.8.0 and {@code coredns} 1.8.4; kube-proxy must be "a current version", read here
 * as not older than the cluster's Kubernetes minor version (EKS installs kube-proxy of the cluster's
 * minor version). Versions that are not in the add-on form are not judged.
 */
public final class AddonVersions {
    private static final Pattern VERSION = Pattern.compile("^v?(\\d+)\\.(\\d+)\\.(\\d+)([-+].*)?$");
    private static final Pattern KUBERNETES = Pattern.compile("^(\\d+)\\.(\\d+)$");

    private AddonVersions() {
    }

    public static Optional<AddonBelowMinimum> below(EksAddon addon, EksCluster cluster) {
        int[] version = parse(addon.version());
        if (version == null) {
            return Optional.empty();
        }
        if ("kube-proxy".equals(addon.name())) {
            Matcher k = KUBERNETES.matcher(cluster.version() == null ? "" : cluster.version().strip());
            if (!k.matches()) {
                return Optional.empty();
            }
            int[] current = {Integer.parseInt(k.group(1)), Integer.parseInt(k.group(2)), 0};
            boolean older = version[0] < current[0] || version[0] == current[0] && version[1] < current[1];
            return older ? Optional.of(new AddonBelowMinimum(addon.name(), addon.version(), cluster.version(), addon.arn(), false))
                    : Optional.empty();
        }
        return TokenRefreshMinimums.addonMinimum(addon.name())
                .filter(minimum -> compare(version, parse(minimum)) < 0)
                .map(minimum -> new AddonBelowMinimum(addon.name(), addon.version(), minimum, addon.arn(), true));
    }

    /** Major, minor and patch, or null when the version is not in the add-on form. */
    static int[] parse(String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
