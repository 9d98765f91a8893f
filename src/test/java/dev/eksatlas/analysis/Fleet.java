package dev.eksatlas.analysis;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.AwsAccount;
import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.domain.PodIdentityAssociation;
import dev.eksatlas.domain.StaleTokenCheck;
import dev.eksatlas.domain.StaleTokenObservation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds small fleets of {@link AccountSnapshot}s by hand for analysis tests. */
public final class Fleet {
    public static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private final Map<String, Account> accounts = new LinkedHashMap<>();

    public Account account(String accountId, String... regions) {
        return accounts.computeIfAbsent(accountId, id -> new Account(id, List.of(regions)));
    }

    public List<AccountSnapshot> snapshots() {
        return accounts.values().stream().map(Account::snapshot).toList();
    }

    /** The EKS issuer (host and path) of a cluster ID in a region. */
    public static String issuer(String region, String id) {
        String padded = (id.toUpperCase(Locale.ROOT) + "0".repeat(32)).substring(0, 32);
        return "oidc.eks." + region + ".amazonaws.com/id/" + padded;
    }

    public static final class Account {
        private final String id;
        private final List<String> regions;
        private final List<EksCluster> clusters = new ArrayList<>();
        private final List<OidcProvider> providers = new ArrayList<>();
        private final List<IamRole> roles = new ArrayList<>();
        private final List<PodIdentityAssociation> associations = new ArrayList<>();
        private final List<EksAddon> addons = new ArrayList<>();
        private final List<FargateProfile> fargate = new ArrayList<>();
        private final List<StaleTokenObservation> staleTokens = new ArrayList<>();
        private final List<StaleTokenCheck> checks = new ArrayList<>();
        private final List<CoverageGap> gaps = new ArrayList<>();
        private int associationCounter;

        Account(String id, List<String> regions) {
            this.id = id;
            this.regions = regions;
        }

        public String id() {
            return id;
        }

        /** A cluster whose issuer ID is derived from its name (see {@link Fleet#issuer}). */
        public EksCluster cluster(String name, String region, String version, String platformVersion) {
            return cluster(name, region, version, platformVersion, false);
        }

        public EksCluster cluster(String name, String region, String version, String platformVersion, boolean autoMode) {
            EksCluster c = new EksCluster(id, region, name, "arn:aws:eks:" + region + ":" + id + ":cluster/" + name, version,
                    platformVersion, "ACTIVE", "https://" + issuer(region, name.replaceAll("[^A-Za-z0-9]", "")),
                    List.of("audit"), "API", autoMode, T0, Map.of());
            clusters.add(c);
            return c;
        }

        public Account provider(String issuer) {
            providers.add(new OidcProvider(id, "arn:aws:iam::" + id + ":oidc-provider/" + issuer, issuer,
                    List.of("sts.amazonaws.com"), List.of(), T0, Map.of()));
            return this;
        }

        public String role(String name, String policy) {
            String arn = "arn:aws:iam::" + id + ":role/" + name;
            roles.add(new IamRole(id, arn, name, "/", T0, 3600, policy, IamRole.policySize(policy), false, null, null, Map.of()));
            return arn;
        }

        public String roleArn(String name) {
            return "arn:aws:iam::" + id + ":role/" + name;
        }

        public PodIdentityAssociation association(EksCluster c, String namespace, String serviceAccount, String roleArn) {
            return association(c, namespace, serviceAccount, roleArn, null, null);
        }

        public PodIdentityAssociation association(EksCluster c, String namespace, String serviceAccount, String roleArn,
                                                  String targetRoleArn, Boolean disableSessionTags) {
            String aid = "a-" + String.format("%017d", ++associationCounter);
            PodIdentityAssociation a = new PodIdentityAssociation(id, c.region(), c.name(), aid,
                    "arn:aws:eks:" + c.region() + ":" + id + ":podidentityassociation/" + c.name() + "/" + aid,
                    namespace, serviceAccount, roleArn, targetRoleArn, targetRoleArn == null ? null : "ext-" + aid,
                    disableSessionTags, null, null, T0, T0, Map.of());
            associations.add(a);
            return a;
        }

        public Account addon(EksCluster c, String name, String version, String status) {
            addons.add(new EksAddon(id, c.region(), c.name(), name, "arn:aws:eks:" + c.region() + ":" + id + ":addon/" + c.name() + "/" + name + "/x",
                    version, status, null, List.of(), T0));
            return this;
        }

        public Account agent(EksCluster c) {
            return addon(c, EksAddon.POD_IDENTITY_AGENT, "v1.3.4-eksbuild.1", "ACTIVE");
        }

        public Account fargate(EksCluster c, String name, String... namespaces) {
            fargate.add(new FargateProfile(id, c.region(), c.name(), name,
                    "arn:aws:eks:" + c.region() + ":" + id + ":fargateprofile/" + c.name() + "/" + name + "/x", "ACTIVE",
                    "arn:aws:iam::" + id + ":role/fargate-pod-execution",
                    List.of(namespaces).stream().map(ns -> new FargateProfile.Selector(ns, Map.of())).toList()));
            return this;
        }

        public Account staleToken(EksCluster c, String subject, long secondsAfterThreshold) {
            staleTokens.add(new StaleTokenObservation(id, c.region(), c.name(), subject, secondsAfterThreshold, T0));
            return this;
        }

        /** Records that a stale-token scan looked at the cluster with this outcome (a 7-day window ending at T0). */
        public Account check(EksCluster c, StaleTokenCheck.Status status) {
            boolean queried = status != StaleTokenCheck.Status.AUDIT_LOGGING_OFF;
            checks.add(new StaleTokenCheck(id, c.region(), c.name(), status, queried ? T0.minusSeconds(7 * 86_400) : null,
                    queried ? T0 : null, status == StaleTokenCheck.Status.CHECKED ? 302_400_000L : 0, 0));
            return this;
        }

        /** A cluster without the audit control-plane log. */
        public EksCluster clusterWithoutAuditLog(String name, String region) {
            EksCluster c = new EksCluster(id, region, name, "arn:aws:eks:" + region + ":" + id + ":cluster/" + name, "1.30",
                    "eks.8", "ACTIVE", "https://" + issuer(region, name.replaceAll("[^A-Za-z0-9]", "")),
                    List.of("api"), "API", false, T0, Map.of());
            clusters.add(c);
            return c;
        }

        public Account gap(String region, String service, String operation, String resource) {
            gaps.add(new CoverageGap(id, region, service, operation, resource, "AccessDeniedException", "not authorized"));
            return this;
        }

        AccountSnapshot snapshot() {
            return new AccountSnapshot(new AwsAccount(id, "aws", "acct-" + id), "test", regions, T0, T0.plusSeconds(60),
                    clusters, providers, roles, associations, addons, fargate, staleTokens, checks, gaps, 0, null);
        }
    }
}
