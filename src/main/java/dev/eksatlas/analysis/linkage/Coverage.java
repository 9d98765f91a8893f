package dev.eksatlas.analysis.linkage;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.CoverageGap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the scans could see, from each account's coverage gaps: a conclusion that something does
 * not exist ("no cluster has this issuer", "the role is missing") is only drawn where the part of
 * the account that would show it was read completely.
 */
public final class Coverage {
    private final Map<String, AccountSnapshot> byAccount;

    public Coverage(Map<String, AccountSnapshot> byAccount) {
        this.byAccount = Map.copyOf(byAccount);
    }

    public boolean scanned(String accountId) {
        return accountId != null && byAccount.containsKey(accountId);
    }

    /** Roles of the account were all listed (no IAM gap that could hide one). */
    public boolean iamRolesComplete(String accountId) {
        return scanned(accountId) && gaps(accountId).stream().noneMatch(g -> iam(g) && g.resource() == null
                && (g.operation() == null || contains(g.operation(), "role")));
    }

    /** OIDC providers of the account were all read. */
    public boolean iamProvidersComplete(String accountId) {
        return scanned(accountId) && gaps(accountId).stream().noneMatch(g -> iam(g)
                && (g.operation() == null || contains(g.operation(), "openidconnect")));
    }

    /** Every cluster of the region was listed and described, so none can be hidden. */
    public boolean eksRegionComplete(String accountId, String region) {
        if (!scanned(accountId) || region == null || !byAccount.get(accountId).regions().contains(region)) {
            return false;
        }
        return gaps(accountId).stream().noneMatch(g -> eks(g) && inRegion(g, region)
                && (g.operation() == null || contains(g.operation(), "listclusters") || contains(g.operation(), "describecluster")));
    }

    /**
     * One kind of a cluster's details (e.g. {@code PodIdentityAssociation}, {@code Addon},
     * {@code FargateProfile}: a fragment of the operation name) was read completely.
     */
    public boolean clusterPartComplete(ClusterKey cluster, String operationFragment) {
        if (!scanned(cluster.accountId())) {
            return false;
        }
        String fragment = operationFragment.toLowerCase(Locale.ROOT);
        return gaps(cluster.accountId()).stream().noneMatch(g -> eks(g) && inRegion(g, cluster.region())
                && (g.resource() == null || g.resource().equals(cluster.name()))
                && (g.operation() == null || contains(g.operation(), fragment)));
    }

    public List<CoverageGap> gaps(String accountId) {
        AccountSnapshot s = byAccount.get(accountId);
        return s == null ? List.of() : s.coverageGaps();
    }

    static boolean iam(CoverageGap g) {
        return "iam".equalsIgnoreCase(g.service());
    }

    static boolean eks(CoverageGap g) {
        return "eks".equalsIgnoreCase(g.service());
    }

    private static boolean inRegion(CoverageGap g, String region) {
        return g.region() == null || g.region().isBlank() || g.region().equals("*") || g.region().equals(region);
    }

    private static boolean contains(String operation, String fragmentLower) {
        return operation.toLowerCase(Locale.ROOT).contains(fragmentLower);
    }
}
