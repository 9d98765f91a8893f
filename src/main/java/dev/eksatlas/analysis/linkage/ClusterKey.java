package dev.eksatlas.analysis.linkage;

import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.PodIdentityAssociation;
import dev.eksatlas.domain.StaleTokenObservation;
import java.util.Comparator;

/** A cluster's natural key: names are unique per account and region. */
public record ClusterKey(String accountId, String region, String name) implements Comparable<ClusterKey> {

    private static final Comparator<ClusterKey> ORDER = Comparator.comparing(ClusterKey::accountId)
            .thenComparing(ClusterKey::region).thenComparing(ClusterKey::name);

    public static ClusterKey of(EksCluster c) {
        return new ClusterKey(c.accountId(), c.region(), c.name());
    }

    public static ClusterKey of(PodIdentityAssociation a) {
        return new ClusterKey(a.accountId(), a.region(), a.clusterName());
    }

    public static ClusterKey of(EksAddon a) {
        return new ClusterKey(a.accountId(), a.region(), a.clusterName());
    }

    public static ClusterKey of(FargateProfile f) {
        return new ClusterKey(f.accountId(), f.region(), f.clusterName());
    }

    public static ClusterKey of(StaleTokenObservation s) {
        return new ClusterKey(s.accountId(), s.region(), s.clusterName());
    }

    @Override
    public int compareTo(ClusterKey o) {
        return ORDER.compare(this, o);
    }
}
