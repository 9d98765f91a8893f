package dev.eksatlas.analysis.linkage;

import dev.eksatlas.analysis.trust.OidcProviderRef;
import dev.eksatlas.analysis.trust.StatementGrant;
import dev.eksatlas.analysis.trust.TrustPolicyClassifier;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.domain.PodIdentityAssociation;
import dev.eksatlas.domain.StaleTokenObservation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The fleet's records, classified once and indexed the ways the analysis looks them up: roles by
 * ARN, IRSA grants and providers by issuer, cluster details by cluster. Built from the latest
 * snapshot of each account (if an account appears twice, the later-finished snapshot wins).
 */
public final class FleetIndex {
    private final List<AccountSnapshot> snapshots;
    private final Coverage coverage;
    private final List<EksCluster> clusters;
    private final List<RoleAnalysis> roles;
    private final Map<String, RoleAnalysis> rolesByArn = new HashMap<>();
    private final Map<String, List<RoleGrant>> grantsByIssuer = new HashMap<>();
    private final Map<String, List<EksCluster>> clustersByIssuer = new HashMap<>();
    private final Map<String, List<OidcProvider>> providersByIssuer = new HashMap<>();
    private final Map<String, OidcProvider> providersByArn = new HashMap<>();
    private final Map<ClusterKey, List<PodIdentityAssociation>> associations;
    private final Map<ClusterKey, List<EksAddon>> addons;
    private final Map<ClusterKey, List<FargateProfile>> fargateProfiles;
    private final Map<ClusterKey, List<StaleTokenObservation>> staleTokens;

    private FleetIndex(List<AccountSnapshot> snapshots, List<RoleAnalysis> roles) {
        this.snapshots = snapshots;
        Map<String, AccountSnapshot> byAccount = new HashMap<>();
        snapshots.forEach(s -> byAccount.put(s.accountId(), s));
        this.coverage = new Coverage(byAccount);
        this.roles = roles;
        this.clusters = snapshots.stream().flatMap(s -> s.clusters().stream())
                .sorted(Comparator.comparing(ClusterKey::of)).toList();
        for (EksCluster c : clusters) {
            String issuer = OidcProviderRef.issuerKey(c.issuerHostPath());
            if (issuer != null) {
                clustersByIssuer.computeIfAbsent(issuer, k -> new ArrayList<>()).add(c);
            }
        }
        for (RoleAnalysis r : roles) {
            rolesByArn.put(r.arn(), r);
            for (StatementGrant g : r.trust().grants()) {
                grantsByIssuer.computeIfAbsent(g.issuerKey(), k -> new ArrayList<>()).add(new RoleGrant(r, g));
            }
        }
        snapshots.stream().flatMap(s -> s.oidcProviders().stream())
                .sorted(Comparator.comparing(OidcProvider::accountId).thenComparing(OidcProvider::arn))
                .forEach(p -> {
                    providersByArn.put(p.arn(), p);
                    providersByArn.putIfAbsent(p.arn().toLowerCase(Locale.ROOT), p);
                    String issuer = OidcProviderRef.issuerKey(p.issuerHostPath());
                    if (issuer != null) {
                        providersByIssuer.computeIfAbsent(issuer, k -> new ArrayList<>()).add(p);
                    }
                });
        this.associations = group(snapshots, AccountSnapshot::associations, ClusterKey::of,
                Comparator.comparing(PodIdentityAssociation::namespace).thenComparing(PodIdentityAssociation::serviceAccount)
                        .thenComparing(PodIdentityAssociation::associationId, Comparator.nullsFirst(Comparator.naturalOrder())));
        this.addons = group(snapshots, AccountSnapshot::addons, ClusterKey::of, Comparator.comparing(EksAddon::name));
        this.fargateProfiles = group(snapshots, AccountSnapshot::fargateProfiles, ClusterKey::of, Comparator.comparing(FargateProfile::name));
        this.staleTokens = group(snapshots, AccountSnapshot::staleTokens, ClusterKey::of,
                Comparator.comparing(StaleTokenObservation::subject).thenComparing(StaleTokenObservation::secondsAfterThreshold));
    }

    /** Classifies every role's trust policy (in parallel: the classifier is pure) and indexes the fleet. */
    public static FleetIndex build(List<AccountSnapshot> input, TrustPolicyClassifier classifier) {
        Map<String, AccountSnapshot> latest = new TreeMap<>();
        for (AccountSnapshot s : input) {
            latest.merge(s.accountId(), s, (a, b) -> finished(b).isAfter(finished(a)) ? b : a);
        }
        List<AccountSnapshot> snapshots = List.copyOf(latest.values());
        List<IamRole> allRoles = snapshots.stream().flatMap(s -> s.roles().stream())
                .sorted(Comparator.comparing(IamRole::arn)).toList();
        List<RoleAnalysis> roles = allRoles.parallelStream()
                .map(r -> new RoleAnalysis(r, classifier.classify(r.trustPolicy()))).toList();
        return new FleetIndex(snapshots, roles);
    }

    private static Instant finished(AccountSnapshot s) {
        return s.finishedAt() == null ? Instant.MIN : s.finishedAt();
    }

    private static <T> Map<ClusterKey, List<T>> group(List<AccountSnapshot> snapshots, Function<AccountSnapshot, List<T>> items,
                                                      Function<T, ClusterKey> key, Comparator<T> order) {
        Map<ClusterKey, List<T>> map = new HashMap<>();
        snapshots.forEach(s -> items.apply(s).forEach(t -> map.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t)));
        map.values().forEach(list -> list.sort(order));
        return map;
    }

    public List<AccountSnapshot> snapshots() {
        return snapshots;
    }

    public Coverage coverage() {
        return coverage;
    }

    /** All clusters, ordered by account, region and name. */
    public List<EksCluster> clusters() {
        return clusters;
    }

    /** All roles with their trust analysis, ordered by ARN. */
    public List<RoleAnalysis> roles() {
        return roles;
    }

    public RoleAnalysis role(String arn) {
        return arn == null ? null : rolesByArn.get(arn);
    }

    /** Every IRSA grant (whatever its state) naming the issuer, in role-ARN then document order. */
    public List<RoleGrant> grantsFor(String issuerKey) {
        return grantsByIssuer.getOrDefault(issuerKey, List.of());
    }

    public List<EksCluster> clustersWithIssuer(String issuerKey) {
        return clustersByIssuer.getOrDefault(issuerKey, List.of());
    }

    public List<OidcProvider> providersFor(String issuerKey) {
        return providersByIssuer.getOrDefault(issuerKey, List.of());
    }

    public OidcProvider provider(String arn) {
        if (arn == null) {
            return null;
        }
        OidcProvider exact = providersByArn.get(arn);
        return exact != null ? exact : providersByArn.get(arn.toLowerCase(Locale.ROOT));
    }

    /** All providers, ordered by account and ARN. */
    public List<OidcProvider> providers() {
        return snapshots.stream().flatMap(s -> s.oidcProviders().stream())
                .sorted(Comparator.comparing(OidcProvider::accountId).thenComparing(OidcProvider::arn)).toList();
    }

    public List<PodIdentityAssociation> associations(ClusterKey cluster) {
        return associations.getOrDefault(cluster, List.of());
    }

    /** Clusters that have associations, also those whose cluster record is missing from the snapshot. */
    public List<ClusterKey> clustersWithAssociations() {
        return associations.keySet().stream().sorted().toList();
    }

    public List<EksAddon> addons(ClusterKey cluster) {
        return addons.getOrDefault(cluster, List.of());
    }

    public List<FargateProfile> fargateProfiles(ClusterKey cluster) {
        return fargateProfiles.getOrDefault(cluster, List.of());
    }

    public List<StaleTokenObservation> staleTokens(ClusterKey cluster) {
        return staleTokens.getOrDefault(cluster, List.of());
    }

    public AccountSnapshot snapshot(String accountId) {
        return snapshots.stream().filter(s -> s.accountId().equals(accountId)).findFirst().orElse(null);
    }

    public String partition(String accountId) {
        return snapshots.stream().filter(s -> s.accountId().equals(accountId)).map(s -> s.account().partition())
                .findFirst().orElse("aws");
    }
}
