package dev.eksatlas.analysis.linkage;

import dev.eksatlas.analysis.trust.OidcProviderRef;
import dev.eksatlas.domain.EksCluster;
import java.util.List;

/** Links each cluster to its issuer, providers, IRSA grants and associations. */
public final class FleetLinker {
    private final FleetIndex index;
    private final AssociationChecker checker;

    public FleetLinker(FleetIndex index) {
        this.index = index;
        this.checker = new AssociationChecker(index);
    }

    /** One link per cluster, in the index's cluster order. */
    public List<ClusterLink> linkAll() {
        return index.clusters().stream().map(this::link).toList();
    }

    public ClusterLink link(EksCluster cluster) {
        ClusterKey key = ClusterKey.of(cluster);
        String issuer = OidcProviderRef.issuerKey(cluster.issuerHostPath());
        String clusterArn = cluster.arn() != null ? cluster.arn()
                : Arns.cluster(index.partition(cluster.accountId()), cluster.region(), cluster.accountId(), cluster.name());
        return new ClusterLink(cluster, issuer,
                issuer == null ? List.of() : index.providersFor(issuer),
                issuer == null ? List.of() : index.grantsFor(issuer),
                index.associations(key).stream().map(a -> checker.check(a, clusterArn)).toList(),
                index.addons(key),
                index.fargateProfiles(key));
    }
}
