package dev.eksatlas.simulator.fleet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One account while the generator fills it, plus the facts it records for the ground truth. */
final class AccountBuilder {
    private static final int MAX_ROLE_NAME = 64;

    final int index;
    final String name;
    final String id;
    final String alias;
    final List<String> regions;
    final List<String> teams;
    private final Ids ids;

    final List<ClusterDraft> clusters = new ArrayList<>();
    final Map<String, ClusterInfrastructure> infrastructure = new LinkedHashMap<>();
    final List<OidcProvider> providers = new ArrayList<>();
    final Map<String, IamRole> roles = new LinkedHashMap<>();
    final List<PodIdentityAssociation> associations = new ArrayList<>();
    final List<EksAddon> addons = new ArrayList<>();
    final List<FargateProfile> fargateProfiles = new ArrayList<>();

    // Facts for the ground truth.
    final List<IrsaBinding> bindings = new ArrayList<>();
    final Map<String, Boolean> podIdentityTrustWithTags = new LinkedHashMap<>();
    final Set<String> nonEksIssuerRoles = new LinkedHashSet<>();
    final List<EksAddon> oldAddons = new ArrayList<>();

    AccountBuilder(int index, String name, String id, List<String> regions, Ids ids) {
        this.index = index;
        this.name = name;
        this.id = id;
        this.alias = "acme-" + name;
        this.regions = List.copyOf(regions);
        this.teams = NamePools.teams(ids, 8);
        this.ids = ids;
    }

    String roleArn(String roleName, String path) {
        return "arn:aws:iam::" + id + ":role" + path + roleName;
    }

    boolean hasRole(String roleName) {
        return roles.containsKey(roleName);
    }

    /** A role name not used yet in this account, at most 64 characters. */
    String uniqueRoleName(String base) {
        String n = base.length() <= MAX_ROLE_NAME ? base
                : base.substring(0, MAX_ROLE_NAME - 7) + "-" + HexFormat.of().toHexDigits(base.hashCode()).substring(2);
        String candidate = n;
        for (int i = 2; roles.containsKey(candidate); i++) {
            String suffix = "-" + i;
            candidate = (n.length() + suffix.length() <= MAX_ROLE_NAME ? n : n.substring(0, MAX_ROLE_NAME - suffix.length())) + suffix;
        }
        return candidate;
    }

    /** Adds a role with GetRole's details (last use, tags) already drawn. Returns its ARN. */
    String addRole(String roleName, String path, List<ObjectNode> statements, Map<String, String> tags) {
        boolean console = ids.chance(0.3);
        String document = TrustPolicies.document(statements, console);
        Instant created = ids.daysAgo(2, 1400).truncatedTo(ChronoUnit.SECONDS);
        boolean used = ids.chance(0.85);
        Instant lastUsed = used ? ids.between(created, ids.now()).truncatedTo(ChronoUnit.SECONDS) : null;
        String lastRegion = used ? ids.pick(regions) : null;
        int maxSession = ids.chance(0.1) ? 43_200 : 3_600;
        String arn = roleArn(roleName, path);
        roles.put(roleName, new IamRole(id, arn, roleName, path, created, maxSession, document,
                IamRole.policySize(document), true, lastUsed, lastRegion, tags));
        return arn;
    }

    void addProvider(String hostPath, Instant created, Map<String, String> tags) {
        String thumbprint = hostPath.startsWith(TrustPolicies.GITHUB_ISSUER)
                ? "6938fd4d98bab03faadb97b34396831e3780aea1"
                : "9e99a48a9960b14926bb7f3b02e22da2b0ab7280";
        providers.add(new OidcProvider(id, "arn:aws:iam::" + id + ":oidc-provider/" + hostPath, hostPath,
                List.of("sts.amazonaws.com"), List.of(thumbprint), created.truncatedTo(ChronoUnit.SECONDS), tags));
    }

    List<ClusterDraft> clustersUsingIrsa() {
        return clusters.stream().filter(c -> c.traits.mode().usesIrsa()).toList();
    }

    List<EksCluster> clusterRecords() {
        return clusters.stream().map(c -> c.cluster).toList();
    }
}
