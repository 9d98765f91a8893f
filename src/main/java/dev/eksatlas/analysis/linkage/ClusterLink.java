package dev.eksatlas.analysis.linkage;

import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.OidcProvider;
import java.util.List;
import java.util.Optional;

/**
 * A cluster with everything that gives its workloads credentials: its issuer, the IAM OIDC
 * providers of that issuer in any scanned account (one in another account is cross-account IRSA),
 * every IRSA grant naming the issuer, and its Pod Identity associations with their roles.
 */
public record ClusterLink(
        EksCluster cluster,
        String issuerKey,
        List<OidcProvider> providers,
        List<RoleGrant> irsaGrants,
        List<AssociationLink> associations,
        List<EksAddon> addons,
        List<FargateProfile> fargateProfiles) {

    public ClusterLink {
        providers = List.copyOf(providers);
        irsaGrants = List.copyOf(irsaGrants);
        associations = List.copyOf(associations);
        addons = List.copyOf(addons);
        fargateProfiles = List.copyOf(fargateProfiles);
    }

    public ClusterKey key() {
        return ClusterKey.of(cluster);
    }

    /** The provider in the cluster's own account, if any. */
    public Optional<OidcProvider> localProvider() {
        return providers.stream().filter(p -> p.accountId().equals(cluster.accountId())).findFirst();
    }

    /** Providers of this issuer in other accounts (cross-account IRSA). */
    public List<OidcProvider> crossAccountProviders() {
        return providers.stream().filter(p -> !p.accountId().equals(cluster.accountId())).toList();
    }

    /** Grants that can let a token of this cluster in. */
    public List<RoleGrant> activeGrants() {
        return irsaGrants.stream().filter(g -> g.grant().active()).toList();
    }

    /** ARNs of roles with an active grant for this issuer, sorted, without repeats. */
    public List<String> irsaRoleArns() {
        return activeGrants().stream().map(RoleGrant::roleArn).distinct().sorted().toList();
    }

    public Optional<EksAddon> addon(String name) {
        return addons.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
