package dev.eksatlas.report;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which clusters a report is limited to ({@code --cluster NAME-or-ARN}), or all of them. A name can
 * match several clusters (the same name in two regions or accounts); all of them are kept.
 * {@code selector} is what the user asked for, null for all clusters.
 */
public record ClusterScope(String selector, List<EksCluster> clusters, Set<String> associatedRoleArns) {

    public ClusterScope {
        clusters = List.copyOf(clusters);
        associatedRoleArns = Set.copyOf(associatedRoleArns);
    }

    public static ClusterScope all() {
        return new ClusterScope(null, List.of(), Set.of());
    }

    /** The clusters of {@code snapshots} whose name or ARN is {@code nameOrArn}, and the roles their associations use. */
    public static ClusterScope select(String nameOrArn, List<AccountSnapshot> snapshots) {
        Objects.requireNonNull(nameOrArn, "nameOrArn");
        List<EksCluster> chosen = snapshots.stream().flatMap(s -> s.clusters().stream())
                .filter(c -> nameOrArn.equals(c.arn()) || nameOrArn.equals(c.name()))
                .toList();
        Set<String> roles = new HashSet<>();
        snapshots.stream().flatMap(s -> s.associations().stream())
                .filter(a -> chosen.stream().anyMatch(c -> sameCluster(c, a)))
                .flatMap(a -> Stream.of(a.roleArn(), a.targetRoleArn()))
                .filter(Objects::nonNull)
                .forEach(roles::add);
        return new ClusterScope(nameOrArn, chosen, roles);
    }

    public boolean isAll() {
        return selector == null;
    }

    /** True when a cluster was asked for and none matched: the export would be empty by mistake. */
    public boolean matchesNothing() {
        return !isAll() && clusters.isEmpty();
    }

    public boolean includesCluster(String accountId, String region, String clusterName) {
        return isAll() || clusters.stream().anyMatch(c -> c.accountId().equals(accountId)
                && Objects.equals(c.region(), region) && Objects.equals(c.name(), clusterName));
    }

    /** Issuers in IAM's spelling (host and path, no scheme) of the chosen clusters. */
    public Set<String> issuers() {
        Set<String> issuers = new HashSet<>();
        clusters.stream().map(EksCluster::issuerHostPath).filter(Objects::nonNull).forEach(issuers::add);
        return issuers;
    }

    private static boolean sameCluster(EksCluster c, PodIdentityAssociation a) {
        return c.accountId().equals(a.accountId()) && Objects.equals(c.region(), a.region())
                && Objects.equals(c.name(), a.clusterName());
    }
}
