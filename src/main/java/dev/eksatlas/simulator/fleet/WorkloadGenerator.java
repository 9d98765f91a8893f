package dev.eksatlas.simulator.fleet;

import static dev.eksatlas.simulator.fleet.SituationKind.ADDON_OWNED_ASSOCIATION;
import static dev.eksatlas.simulator.fleet.SituationKind.ASSOCIATION_ROLE_DELETED;
import static dev.eksatlas.simulator.fleet.SituationKind.CROSS_ACCOUNT_TARGET_ROLE;
import static dev.eksatlas.simulator.fleet.SituationKind.MISSING_AUDIENCE_CONDITION;
import static dev.eksatlas.simulator.fleet.SituationKind.MISSING_SUBJECT_CONDITION;
import static dev.eksatlas.simulator.fleet.SituationKind.POD_IDENTITY_TRUST_WITHOUT_REQUEST_TAGS;
import static dev.eksatlas.simulator.fleet.SituationKind.POD_IDENTITY_TRUST_WITH_REQUEST_TAGS;
import static dev.eksatlas.simulator.fleet.SituationKind.SESSION_TAGS_DISABLED;
import static dev.eksatlas.simulator.fleet.SituationKind.WILDCARD_SUBJECT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gives clusters their workloads: IRSA roles, Pod Identity associations and the roles they use. */
final class WorkloadGenerator {
    /** Where cross-account targets go when the fleet has a single account. */
    static final String EXTERNAL_ACCOUNT = "999988887777";

    private final Ids ids;
    private final List<AccountBuilder> accounts;
    private final Forced forced;

    WorkloadGenerator(Ids ids, List<AccountBuilder> accounts, Forced forced) {
        this.ids = ids;
        this.accounts = accounts;
        this.forced = forced;
    }

    /** Pod Identity associations of a cluster, except those of migrating service accounts (made with their IRSA role). */
    void addAssociations(ClusterDraft c, int count) {
        int left = count;
        if (left >= 2 && !c.traits.autoMode() && (forced.take(ADDON_OWNED_ASSOCIATION) || ids.chance(0.35))) {
            c.vpcCniAddonArn = addonArn(c, "vpc-cni");
            String role = podIdentityRole(c.account, new Workload("kube-system", "aws-node"), false);
            PodIdentityAssociation a = association(c, new Workload("kube-system", "aws-node"), role, null, false, c.vpcCniAddonArn);
            c.vpcCniAssociationArns.add(a.associationArn());
            left--;
        }
        for (int i = 0; i < left; i++) {
            Workload w = c.nextWorkload();
            SituationKind f = forcedAssociationKind();
            boolean deleted = f == ASSOCIATION_ROLE_DELETED || (f == null && ids.chance(0.02));
            boolean noTags = f == SESSION_TAGS_DISABLED || (f == null && ids.chance(0.08));
            boolean crossAccount = f == CROSS_ACCOUNT_TARGET_ROLE || (f == null && ids.chance(0.03));
            String role = deleted
                    ? c.account.roleArn(c.account.uniqueRoleName("legacy-" + w.namespace() + "-" + w.serviceAccount()), "/")
                    : podIdentityRole(c.account, w, noTags);
            association(c, w, role, crossAccount ? "target" : null, noTags, null);
        }
    }

    /** At most one forced situation per association, so that each planted one stands alone. */
    private SituationKind forcedAssociationKind() {
        for (SituationKind k : List.of(ASSOCIATION_ROLE_DELETED, SESSION_TAGS_DISABLED, CROSS_ACCOUNT_TARGET_ROLE)) {
            if (forced.take(k)) {
                return k;
            }
        }
        return null;
    }

    /** {@code count} IRSA workloads; the cluster's migrating slots become roles trusting both mechanisms. */
    void addIrsaWorkloads(ClusterDraft c, int count) {
        int plain = Math.max(0, count - c.migratingSlots);
        boolean irsaOnly = c.traits.mode() == IdentityMode.IRSA_ONLY;
        if (plain >= 2 && !c.traits.autoMode() && c.vpcCniAddonArn == null && ids.chance(0.4)) {
            c.vpcCniRoleArn = irsaRole(c, new Workload("kube-system", "aws-node"), "aws-node", true, c.name() + "-vpc-cni", null);
            plain--;
        }
        for (int i = 0; i < plain; i++) {
            Workload w = c.nextWorkload();
            boolean audience = !(forced.take(MISSING_AUDIENCE_CONDITION) || ids.chance(0.1));
            if (irsaOnly && (forced.take(WILDCARD_SUBJECT) || ids.chance(0.06))) {
                irsaRole(c, w, "*", audience, c.name() + "-" + w.namespace() + "-all", null);
            } else if (irsaOnly && (forced.take(MISSING_SUBJECT_CONDITION) || ids.chance(0.02))) {
                irsaRole(c, w, null, audience, c.name() + "-legacy-" + w.serviceAccount(), null);
            } else {
                irsaRole(c, w, w.serviceAccount(), audience, c.name() + "-" + w.namespace() + "-" + w.serviceAccount(), null);
            }
        }
        for (int i = 0; i < c.migratingSlots; i++) {
            Workload w = c.nextWorkload();
            boolean tags = podIdentityTags();
            String role = irsaRole(c, w, w.serviceAccount(), true, c.name() + "-" + w.namespace() + "-" + w.serviceAccount(),
                    TrustPolicies.podIdentity(w.namespace(), w.serviceAccount(), tags));
            c.account.podIdentityTrustWithTags.put(role, tags);
            association(c, w, role, null, false, null);
        }
    }

    /** An IRSA role with one statement for this cluster (plus an optional extra statement). */
    private String irsaRole(ClusterDraft c, Workload w, String serviceAccount, boolean audience, String baseName, ObjectNode extra) {
        AccountBuilder a = c.account;
        String name = a.uniqueRoleName(baseName);
        String ns = serviceAccount == null ? null : w.namespace();
        List<ObjectNode> statements = new ArrayList<>();
        statements.add(TrustPolicies.irsa(c.providerArn, c.issuerHostPath, ns, serviceAccount, audience, null));
        if (extra != null) {
            statements.add(extra);
        }
        String arn = a.addRole(name, "/", statements, roleTags(c.name(), w.namespace()));
        a.bindings.add(new IrsaBinding(arn, c.arn(), ns, serviceAccount, audience));
        if (serviceAccount != null) {
            c.irsaNamespaces.add(w.namespace());
        }
        return arn;
    }

    /**
     * The account's Pod Identity role for a service account, shared by every cluster of the account.
     * An association with session tags disabled sends no {@code aws:RequestTag/...} values, so a trust
     * conditioned on them refuses it: such an association gets a role whose trust tests no request
     * tags (a separate {@code -untagged} role when the shared one does), as a working setup would.
     */
    private String podIdentityRole(AccountBuilder a, Workload w, boolean sessionTagsDisabled) {
        String name = "pi-" + w.namespace() + "-" + w.serviceAccount();
        if (sessionTagsDisabled && a.hasRole(name) && Boolean.TRUE.equals(a.podIdentityTrustWithTags.get(a.roles.get(name).arn()))) {
            name += "-untagged";
        }
        if (a.hasRole(name)) {
            return a.roles.get(name).arn();
        }
        boolean tags = !sessionTagsDisabled && podIdentityTags();
        String arn = a.addRole(a.uniqueRoleName(name), "/", List.of(TrustPolicies.podIdentity(w.namespace(), w.serviceAccount(), tags)),
                roleTags(null, w.namespace()));
        a.podIdentityTrustWithTags.put(arn, tags);
        return arn;
    }

    private boolean podIdentityTags() {
        if (forced.take(POD_IDENTITY_TRUST_WITH_REQUEST_TAGS)) {
            return true;
        }
        if (forced.take(POD_IDENTITY_TRUST_WITHOUT_REQUEST_TAGS)) {
            return false;
        }
        return ids.chance(0.4);
    }

    private PodIdentityAssociation association(ClusterDraft c, Workload w, String roleArn, String target, boolean noTags, String owner) {
        AccountBuilder a = c.account;
        String id = ids.associationId();
        String arn = "arn:aws:eks:" + c.region() + ":" + a.id + ":podidentityassociation/" + c.name() + "/" + id;
        String targetRoleArn = null;
        String externalId = null;
        if (target != null) {
            // EKS gives chained associations an external ID for the target role's trust policy.
            externalId = c.region() + "/" + a.id + "/" + c.name() + "/" + w.namespace() + "/" + w.serviceAccount();
            targetRoleArn = targetRole(c, w, roleArn, noTags ? externalId : null);
        }
        Instant created = ids.between(c.cluster.createdAt(), ids.now());
        Instant modified = ids.chance(0.3) ? ids.between(created, ids.now()) : created;
        String policy = ids.chance(0.03) ? "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::acme-" + w.namespace() + "-data/*\"}]}" : null;
        Map<String, String> tags = ids.chance(0.4) ? Map.of("managed-by", "terraform") : Map.of();
        PodIdentityAssociation assoc = new PodIdentityAssociation(a.id, c.region(), c.name(), id, arn, w.namespace(),
                w.serviceAccount(), roleArn, targetRoleArn, externalId, noTags, owner, policy, created, modified, tags);
        a.associations.add(assoc);
        return assoc;
    }

    /** A role in another account that the association chains into; made there when that account is simulated. */
    private String targetRole(ClusterDraft c, Workload w, String podIdentityRoleArn, String externalId) {
        AccountBuilder target = accounts.size() > 1 ? accounts.get((c.account.index + 1) % accounts.size()) : null;
        String base = "from-" + c.account.name + "-" + w.namespace() + "-" + w.serviceAccount();
        if (target == null) {
            return "arn:aws:iam::" + EXTERNAL_ACCOUNT + ":role/" + base;
        }
        return target.addRole(target.uniqueRoleName(base), "/", List.of(TrustPolicies.podIdentityTarget(c.account.id,
                podIdentityRoleArn, c.arn(), w.namespace(), w.serviceAccount(), externalId)), Map.of("source-account", c.account.id));
    }

    private Map<String, String> roleTags(String cluster, String namespace) {
        if (ids.chance(0.5)) {
            return Map.of();
        }
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("team", namespace);
        if (cluster != null) {
            tags.put("eks-cluster", cluster);
        }
        tags.put("managed-by", ids.chance(0.8) ? "terraform" : "cloudformation");
        return tags;
    }

    String addonArn(ClusterDraft c, String addon) {
        return "arn:aws:eks:" + c.region() + ":" + c.account.id + ":addon/" + c.name() + "/" + addon + "/" + ids.uuid();
    }
}
