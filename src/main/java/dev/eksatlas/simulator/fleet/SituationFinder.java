package dev.eksatlas.simulator.fleet;

import static dev.eksatlas.simulator.fleet.SituationKind.*;

import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists what was planted in one finished account, from its records and the facts the generator kept
 * (which IRSA statements it wrote, which Pod Identity trusts have request tags, which add-ons are too
 * old). Relations are worked out from the final data, so the list is exact whatever the dice did.
 */
final class SituationFinder {
    private final AccountBuilder a;
    private final List<PlantedSituation> out = new ArrayList<>();
    private final Map<String, EksCluster> clustersByArn = new HashMap<>();
    private final Map<String, List<IrsaBinding>> bindingsByCluster = new HashMap<>();
    private final Map<String, List<IrsaBinding>> bindingsByRole = new HashMap<>();
    private final Set<String> providerIssuers = new HashSet<>();

    SituationFinder(AccountBuilder account) {
        this.a = account;
        account.clusterRecords().forEach(c -> clustersByArn.put(c.arn(), c));
        for (IrsaBinding b : account.bindings) {
            bindingsByCluster.computeIfAbsent(b.clusterArn(), k -> new ArrayList<>()).add(b);
            bindingsByRole.computeIfAbsent(b.roleArn(), k -> new ArrayList<>()).add(b);
        }
        account.providers.forEach(p -> providerIssuers.add(p.issuerHostPath()));
    }

    List<PlantedSituation> find() {
        a.clusterRecords().forEach(this::cluster);
        a.addons.stream().filter(ad -> EksAddon.POD_IDENTITY_AGENT.equals(ad.name()) && "DEGRADED".equals(ad.status()))
                .forEach(ad -> add(POD_IDENTITY_AGENT_DEGRADED, ad.region(), ad.clusterName(), ad.arn()));
        a.oldAddons.forEach(ad -> add(ADDON_BELOW_TOKEN_REFRESH_MINIMUM, ad.region(), ad.clusterName(), ad.arn()));
        for (FargateProfile f : a.fargateProfiles) {
            add(FARGATE_PROFILE, f.region(), f.clusterName(), f.arn());
        }
        Set<String> roleArns = new HashSet<>();
        a.roles.values().forEach(r -> roleArns.add(r.arn()));
        a.associations.forEach(assoc -> association(assoc, roleArns));
        a.roles.values().forEach(this::role);
        a.providers.forEach(this::provider);
        if (a.providers.size() >= 100) {
            add(OIDC_PROVIDERS_AT_QUOTA, null, null, null);
        }
        return out;
    }

    private void cluster(EksCluster c) {
        boolean irsa = bindingsByCluster.containsKey(c.arn());
        List<PodIdentityAssociation> assocs = associationsOf(c);
        boolean both = assocs.stream().anyMatch(this::coveredByIrsa);
        if (irsa || !assocs.isEmpty()) {
            SituationKind mode = !assocs.isEmpty() ? (!irsa ? CLUSTER_POD_IDENTITY_ONLY : both ? CLUSTER_MIGRATING : CLUSTER_MIXED)
                    : CLUSTER_IRSA_ONLY;
            add(mode, c.region(), c.name(), c.arn());
        }
        if (!KubernetesVersions.supportsPodIdentity(c.version(), c.platformVersion())) {
            add(CLUSTER_BELOW_POD_IDENTITY_MINIMUM, c.region(), c.name(), c.arn());
        }
        if (c.autoMode()) {
            add(AUTO_MODE_CLUSTER, c.region(), c.name(), c.arn());
        }
        if (c.auditLoggingEnabled()) {
            add(AUDIT_LOGGING_ENABLED, c.region(), c.name(), c.arn());
        }
        if (!providerIssuers.contains(c.issuerHostPath())) {
            add(CLUSTER_WITHOUT_OIDC_PROVIDER, c.region(), c.name(), c.arn());
        }
        boolean agent = a.addons.stream().anyMatch(ad -> ad.region().equals(c.region()) && ad.clusterName().equals(c.name())
                && EksAddon.POD_IDENTITY_AGENT.equals(ad.name()));
        if (!assocs.isEmpty() && !agent && !c.autoMode()) {
            add(POD_IDENTITY_AGENT_MISSING, c.region(), c.name(), c.arn());
        }
    }

    private void association(PodIdentityAssociation p, Set<String> roleArns) {
        if (p.targetRoleArn() != null && !p.targetRoleArn().startsWith("arn:aws:iam::" + a.id + ":")) {
            add(CROSS_ACCOUNT_TARGET_ROLE, p.region(), p.clusterName(), p.associationArn());
        }
        if (p.ownerArn() != null) {
            add(ADDON_OWNED_ASSOCIATION, p.region(), p.clusterName(), p.associationArn());
        }
        if (!roleArns.contains(p.roleArn())) {
            add(ASSOCIATION_ROLE_DELETED, p.region(), p.clusterName(), p.associationArn());
        }
        if (p.sessionTagsDisabled()) {
            add(SESSION_TAGS_DISABLED, p.region(), p.clusterName(), p.associationArn());
        }
        if (coveredByIrsa(p)) {
            add(SERVICE_ACCOUNT_ON_BOTH, p.region(), p.clusterName(), p.associationArn());
        }
    }

    private void role(IamRole r) {
        List<IrsaBinding> mine = bindingsByRole.getOrDefault(r.arn(), List.of());
        Set<String> clusters = new LinkedHashSet<>();
        mine.forEach(b -> clusters.add(b.clusterArn()));
        if (clusters.size() >= 2) {
            add(IRSA_ROLE_SHARED, null, null, r.arn());
        }
        int size = r.trustPolicySize();
        if (size > IamRole.DEFAULT_TRUST_POLICY_LIMIT) {
            add(TRUST_POLICY_OVER_DEFAULT_LIMIT, null, null, r.arn());
        } else if (size * 5 >= IamRole.DEFAULT_TRUST_POLICY_LIMIT * 4) {
            add(TRUST_POLICY_NEAR_LIMIT, null, null, r.arn());
        }
        if (size * 5 >= IamRole.MAX_TRUST_POLICY_LIMIT * 4) {
            add(TRUST_POLICY_NEAR_MAX_LIMIT, null, null, r.arn());
        }
        for (IrsaBinding b : mine) {
            EksCluster c = clustersByArn.get(b.clusterArn());
            if (b.wildcard()) {
                add(WILDCARD_SUBJECT, c.region(), c.name(), r.arn());
            }
            if (!b.audience()) {
                add(MISSING_AUDIENCE_CONDITION, c.region(), c.name(), r.arn());
            }
            if (!b.hasSubject()) {
                add(MISSING_SUBJECT_CONDITION, c.region(), c.name(), r.arn());
            }
        }
        if (a.nonEksIssuerRoles.contains(r.arn())) {
            add(NON_EKS_ISSUER_TRUST, null, null, r.arn());
        }
        Boolean tags = a.podIdentityTrustWithTags.get(r.arn());
        if (tags != null) {
            add(tags ? POD_IDENTITY_TRUST_WITH_REQUEST_TAGS : POD_IDENTITY_TRUST_WITHOUT_REQUEST_TAGS, null, null, r.arn());
        }
    }

    private void provider(OidcProvider p) {
        String host = p.issuerHostPath();
        if (host.startsWith("oidc.eks.")) {
            if (a.clusterRecords().stream().noneMatch(c -> c.issuerHostPath().equals(host))) {
                add(ORPHANED_OIDC_PROVIDER, host.substring("oidc.eks.".length(), host.indexOf(".amazonaws.com")), null, p.arn());
            }
        } else {
            add(NON_EKS_OIDC_PROVIDER, null, null, p.arn());
        }
    }

    private List<PodIdentityAssociation> associationsOf(EksCluster c) {
        return a.associations.stream().filter(p -> p.region().equals(c.region()) && p.clusterName().equals(c.name())).toList();
    }

    private boolean coveredByIrsa(PodIdentityAssociation p) {
        String clusterArn = "arn:aws:eks:" + p.region() + ":" + a.id + ":cluster/" + p.clusterName();
        return bindingsByCluster.getOrDefault(clusterArn, List.of()).stream().anyMatch(b -> b.covers(p.namespace(), p.serviceAccount()));
    }

    private void add(SituationKind kind, String region, String cluster, String arn) {
        out.add(new PlantedSituation(kind, a.id, region, cluster, arn));
    }
}
