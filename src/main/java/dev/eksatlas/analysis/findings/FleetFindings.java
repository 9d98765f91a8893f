package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.linkage.ProviderSummary;
import java.util.List;

/** Every finding of the fleet, in {@link FindingOrder#ORDER}. */
public final class FleetFindings {
    private final RoleTrustRule roleTrust = new RoleTrustRule();
    private final ProviderRule providers = new ProviderRule();
    private final AssociationRule associations = new AssociationRule();
    private final ClusterRule clusters = new ClusterRule();
    private final StaleTokenRule staleTokens = new StaleTokenRule();
    private final StaleTokenCheckRule staleTokenChecks = new StaleTokenCheckRule();
    private final AddonTokenRefreshRule addonTokens = new AddonTokenRefreshRule();
    private final SharedRoleRule sharedRoles = new SharedRoleRule();
    private final CoverageGapRule coverageGaps = new CoverageGapRule();

    public List<Finding> collect(FleetIndex index, List<ClusterLink> links, List<ProviderSummary> providerSummaries) {
        FindingSink sink = new FindingSink();
        roleTrust.apply(index, sink);
        providers.apply(index, providerSummaries, sink);
        for (ClusterLink link : links) {
            associations.apply(link, sink);
            clusters.apply(link, index.coverage(), sink);
            staleTokens.apply(link, index, sink);
            staleTokenChecks.apply(link, index.snapshots(), sink);
            addonTokens.apply(link, sink);
        }
        sharedRoles.apply(index, sink);
        coverageGaps.apply(index.snapshots(), sink);
        return sink.findings().stream().sorted(FindingOrder.ORDER).toList();
    }
}
