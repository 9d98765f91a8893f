package dev.eksatlas.analysis.history;

import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.time.Instant;
import java.util.List;

/** How an account changed from one snapshot to a later one; each list is ordered by key. */
public record SnapshotDiff(
        String accountId,
        Instant from,
        Instant to,
        List<Change<EksCluster>> clusters,
        List<Change<IamRole>> roles,
        List<Change<OidcProvider>> providers,
        List<Change<PodIdentityAssociation>> associations) {

    public SnapshotDiff {
        clusters = List.copyOf(clusters);
        roles = List.copyOf(roles);
        providers = List.copyOf(providers);
        associations = List.copyOf(associations);
    }

    public boolean isEmpty() {
        return clusters.isEmpty() && roles.isEmpty() && providers.isEmpty() && associations.isEmpty();
    }
}
