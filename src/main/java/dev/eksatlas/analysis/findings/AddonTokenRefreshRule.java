package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EKS add-ons older than the first version that re-fetches its service account token (EKS user
 * guide, "Service account tokens", cluster add-ons): they keep one token, which EKS rejects 90 days
 * after it was issued. The guide gives numbers for the VPC CNI (1.8.0) and CoreDNS (1.8.4); for
 * kube-proxy it says only "a current version", and the other listed components are not EKS add-ons.
 */
final class AddonTokenRefreshRule {
    private static final Map<String, int[]> MINIMUM = Map.of("vpc-cni", new int[] {1, 8, 0}, "coredns", new int[] {1, 8, 4});
    /** EKS add-on versions look like {@code v1.7.5-eksbuild.2}. */
    private static final Pattern VERSION = Pattern.compile("^v?(\\d+)\\.(\\d+)\\.(\\d+)([-+].*)?$");

    void apply(ClusterLink link, FindingSink sink) {
        EksCluster c = link.cluster();
        for (EksAddon addon : link.addons()) {
            int[] minimum = MINIMUM.get(addon.name());
            int[] version = minimum == null ? null : parse(addon.version());
            if (version == null || compare(version, minimum) >= 0) {
                continue;
            }
            String needed = minimum[0] + "." + minimum[1] + "." + minimum[2];
            sink.add(FindingCode.ADDON_BELOW_TOKEN_REFRESH_MINIMUM, FindingCode.ADDON_BELOW_TOKEN_REFRESH_MINIMUM.severity(),
                    new FindingSink.Where(c.accountId(), c.region(), c.name(), addon.arn()),
                    "Add-on " + addon.name() + " " + addon.version() + " of cluster " + c.name()
                            + " does not refresh its service account token (" + needed + " or later does); EKS rejects tokens 90 days old",
                    addon.name() + " " + addon.version() + ", needs " + needed,
                    Map.of("<cluster>", c.name(), "<addon>", addon.name(), "<minimum>", needed));
        }
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
