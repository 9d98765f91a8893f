package dev.eksatlas.simulator.fleet;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Look-ups into one simulated account, the way the services answer: by region and cluster, by role name, by ARN. */
public final class AccountIndex {
    private final SimulatedAccount account;
    private final Map<String, List<EksCluster>> clustersByRegion = new HashMap<>();
    private final Map<String, EksCluster> clusters = new HashMap<>();
    private final Map<String, List<PodIdentityAssociation>> associations = new HashMap<>();
    private final Map<String, List<EksAddon>> addons = new HashMap<>();
    private final Map<String, List<FargateProfile>> fargate = new HashMap<>();
    private final Map<String, IamRole> rolesByName = new HashMap<>();
    private final Map<String, OidcProvider> providersByArn = new HashMap<>();

    public AccountIndex(SimulatedAccount account) {
        this.account = account;
        AccountSnapshot s = account.snapshot();
        for (EksCluster c : s.clusters()) {
            clustersByRegion.computeIfAbsent(c.region(), k -> new ArrayList<>()).add(c);
            clusters.put(key(c.region(), c.name()), c);
        }
        s.associations().forEach(a -> associations.computeIfAbsent(key(a.region(), a.clusterName()), k -> new ArrayList<>()).add(a));
        s.addons().forEach(a -> addons.computeIfAbsent(key(a.region(), a.clusterName()), k -> new ArrayList<>()).add(a));
        s.fargateProfiles().forEach(f -> fargate.computeIfAbsent(key(f.region(), f.clusterName()), k -> new ArrayList<>()).add(f));
        // IAM role names are unique regardless of case, and GetRole finds them in any case.
        s.roles().forEach(r -> rolesByName.put(r.name().toLowerCase(Locale.ROOT), r));
        s.oidcProviders().forEach(p -> providersByArn.put(p.arn(), p));
    }

    public SimulatedAccount account() {
        return account;
    }

    public List<EksCluster> clusters(String region) {
        return clustersByRegion.getOrDefault(region, List.of());
    }

    public Optional<EksCluster> cluster(String region, String name) {
        return Optional.ofNullable(clusters.get(key(region, name)));
    }

    public ClusterInfrastructure infrastructure(EksCluster cluster) {
        return account.infrastructure().get(cluster.arn());
    }

    public List<PodIdentityAssociation> associations(String region, String cluster) {
        return associations.getOrDefault(key(region, cluster), List.of());
    }

    public List<EksAddon> addons(String region, String cluster) {
        return addons.getOrDefault(key(region, cluster), List.of());
    }

    public List<FargateProfile> fargateProfiles(String region, String cluster) {
        return fargate.getOrDefault(key(region, cluster), List.of());
    }

    public List<IamRole> roles() {
        return account.snapshot().roles();
    }

    public Optional<IamRole> role(String name) {
        return Optional.ofNullable(rolesByName.get(name.toLowerCase(Locale.ROOT)));
    }

    public List<OidcProvider> providers() {
        return account.snapshot().oidcProviders();
    }

    public Optional<OidcProvider> provider(String arn) {
        return Optional.ofNullable(providersByArn.get(arn));
    }

    private static String key(String region, String cluster) {
        return region + '/' + cluster;
    }
}
