package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.analysis.tokens.AddonBelowMinimum;
import dev.eksatlas.analysis.tokens.AddonVersions;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import java.util.Map;

/**
 * EKS add-ons older than the first version that re-fetches its service account token (EKS user
 * guide, "Service account tokens", cluster add-ons): they keep one token, which EKS rejects 90 days
 * after it was issued. The guide gives numbers for the VPC CNI (1.8.0) and CoreDNS (1.8.4); for
 * kube-proxy it says only "a current version" (judged against the cluster's Kubernetes minor
 * version, LOW); the other listed components are not EKS add-ons.
 */
final class AddonTokenRefreshRule {

    void apply(ClusterLink link, FindingSink sink) {
        EksCluster c = link.cluster();
        for (EksAddon addon : link.addons()) {
            AddonBelowMinimum old = AddonVersions.below(addon, c).orElse(null);
            if (old == null) {
                continue;
            }
            String needed = old.numberFromGuide() ? old.minimum() : "the cluster's Kubernetes version " + old.minimum();
            sink.add(FindingCode.ADDON_BELOW_TOKEN_REFRESH_MINIMUM, old.numberFromGuide() ? FindingCode.ADDON_BELOW_TOKEN_REFRESH_MINIMUM.severity() : Severity.LOW,
                    new FindingSink.Where(c.accountId(), c.region(), c.name(), addon.arn()),
                    FindingText.of("Add-on " + addon.name() + " " + addon.version() + " of cluster " + c.name()
                            + (old.numberFromGuide() ? " does not refresh its service account token (" + needed + " or later does)"
                            : " is older than its cluster; the EKS user guide asks for a current kube-proxy to refresh its token")
                            + "; EKS rejects tokens 90 days old",
                            old.numberFromGuide() ? "finding.text.addon.old" : "finding.text.addon.olderThanCluster",
                            old.numberFromGuide() ? new Object[] {addon.name(), addon.version(), c.name(), needed}
                                    : new Object[] {addon.name(), addon.version(), c.name()}),
                    addon.name() + " " + addon.version() + ", needs " + needed,
                    Map.of("<cluster>", c.name(), "<addon>", addon.name(), "<minimum>", old.numberFromGuide() ? needed
                            : FindingText.of(needed, "finding.text.addon.clusterVersion", old.minimum())));
        }
    }
}
