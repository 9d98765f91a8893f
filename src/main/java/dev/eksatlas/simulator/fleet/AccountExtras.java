package dev.eksatlas.simulator.fleet;

import static dev.eksatlas.simulator.fleet.SituationKind.ORPHANED_OIDC_PROVIDER;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an account has besides its clusters' workloads: the read-only role the app's assume-role
 * profiles use, the EKS service-linked role, GitHub Actions OIDC, providers of deleted clusters, and
 * ordinary roles that have nothing to do with EKS (Lambda, EC2, CI), which fill up the role count.
 */
final class AccountExtras {
    /** The role every simulated account has and any other simulated account may assume. */
    static final String READ_ONLY_ROLE = "EksAtlasReadOnly";

    private final Ids ids;
    private final Forced forced;

    AccountExtras(Ids ids, Forced forced) {
        this.ids = ids;
        this.forced = forced;
    }

    void addStandardRoles(AccountBuilder a, List<AccountBuilder> all) {
        List<com.fasterxml.jackson.databind.node.ObjectNode> trust = all.stream()
                .filter(other -> other != a).map(other -> TrustPolicies.account(other.id, null)).toList();
        a.addRole(READ_ONLY_ROLE, "/", trust.isEmpty() ? List.of(TrustPolicies.account(a.id, null)) : trust,
                Map.of("purpose", "eks-identity-atlas"));
        if (!a.clusters.isEmpty()) {
            a.addRole("AWSServiceRoleForAmazonEKS", "/aws-service-role/eks.amazonaws.com/",
                    List.of(TrustPolicies.service("eks.amazonaws.com", false)), Map.of());
        }
    }

    void addGitHub(AccountBuilder a) {
        if (a.index != 0 && !ids.chance(0.5)) {
            return;
        }
        a.addProvider(TrustPolicies.GITHUB_ISSUER, ids.daysAgo(30, 900), Map.of());
        String provider = "arn:aws:iam::" + a.id + ":oidc-provider/" + TrustPolicies.GITHUB_ISSUER;
        int roles = ids.between(1, 3);
        for (int i = 0; i < roles; i++) {
            String repo = NamePools.REPOSITORIES.get((a.index + i) % NamePools.REPOSITORIES.size());
            String name = a.uniqueRoleName("github-actions-" + repo.substring(repo.indexOf('/') + 1));
            a.nonEksIssuerRoles.add(a.addRole(name, "/", List.of(TrustPolicies.github(provider, repo)), Map.of("managed-by", "terraform")));
        }
    }

    /** Providers of clusters deleted long ago; the first account gets padded up to {@code padTo} providers. */
    void addOrphanedProviders(AccountBuilder a, int padTo) {
        int count = (a.index == 0 && forced.take(ORPHANED_OIDC_PROVIDER) ? 1 : 0) + (ids.chance(0.5) ? ids.between(1, 2) : 0);
        for (int i = 0; i < count; i++) {
            addOrphan(a);
        }
        while (a.index == 0 && a.providers.size() < padTo) {
            addOrphan(a);
        }
    }

    private void addOrphan(AccountBuilder a) {
        String region = ids.pick(a.regions);
        a.addProvider("oidc.eks." + region + ".amazonaws.com/id/" + ids.issuerId(),
                ids.daysAgo(400, 2000).plus(Duration.ofMinutes(20)), Map.of());
    }

    /** Ordinary roles with no EKS trust, to bring the account to {@code count} more roles. */
    void addOtherRoles(AccountBuilder a, int count) {
        for (int i = 0; i < count; i++) {
            switch (i % 4) {
                case 0, 1 -> {
                    String app = NamePools.LAMBDA_APPS.get(ids.rng().nextInt(NamePools.LAMBDA_APPS.size()));
                    a.addRole(a.uniqueRoleName("lambda-" + app), "/service-role/",
                            List.of(TrustPolicies.service("lambda.amazonaws.com", false)), Map.of());
                }
                case 2 -> a.addRole(a.uniqueRoleName(ids.pick(a.teams) + "-ec2-instance"), "/",
                        List.of(TrustPolicies.service("ec2.amazonaws.com", false)), Map.of());
                default -> a.addRole(a.uniqueRoleName("ci-deployer"), "/",
                        List.of(TrustPolicies.account(a.id, "ci-" + ids.hex(8))), Map.of("managed-by", "terraform"));
            }
        }
    }
}
