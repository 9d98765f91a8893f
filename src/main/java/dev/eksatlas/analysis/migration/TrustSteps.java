package dev.eksatlas.analysis.migration;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.linkage.Arns;
import dev.eksatlas.analysis.linkage.PodIdentityRequest;
import dev.eksatlas.analysis.linkage.RoleAnalysis;
import dev.eksatlas.analysis.policy.JsonSize;
import dev.eksatlas.analysis.policy.PolicyStatement;
import dev.eksatlas.analysis.policy.Truth;
import dev.eksatlas.analysis.trust.PodIdentityTrust;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** The two trust-policy steps of a plan: add Pod Identity trust, and later remove this cluster's IRSA grant. */
final class TrustSteps {
    private static final String SID = "AllowEksAuthToAssumeRoleForPodIdentity";

    private final TrustPolicyEditor editor;
    /** Adding the same statement to the same role gives the same policy for each of its service accounts. */
    private final Map<String, Addition> additions = new ConcurrentHashMap<>();

    private record Addition(PolicyEdit edit, JsonNode policy) {
    }

    TrustSteps(TrustPolicyEditor editor) {
        this.editor = editor;
    }

    /** The step, its notes, the role the association will use, and the IRSA role's policy after the step. */
    record Result(MigrationStep step, List<PlanNote> notes, String associationRoleArn, JsonNode policyAfter) {
    }

    Result addPodIdentity(ServiceAccountRef sa, RoleAnalysis role, int order) {
        PodIdentityTrust trust = role.trust().podIdentity();
        PodIdentityRequest request = PodIdentityRequest.planned(sa.accountId(), sa.region(), sa.clusterName(), sa.clusterArn(),
                sa.namespace(), sa.serviceAccount());
        if (trust.trusted() && trust.tagSession() && trust.admits(request) != Truth.FALSE) {
            MigrationStep done = new MigrationStep(order, StepKind.ADD_POD_IDENTITY_TRUST,
                    FindingText.of("The role already trusts EKS Pod Identity", "plan.text.title.trustExists"), null, null,
                    FindingText.of("Role " + role.role().name() + " already lets pods.eks.amazonaws.com assume it with session tags.",
                            "plan.text.detail.trustExists", role.role().name()), true);
            return new Result(done, List.of(), role.arn(), role.trust().document().root());
        }
        boolean scoped = trust.scopedByRequestTags();
        String statement = scoped ? scopedStatement(role, sa) : recommendedStatement(role);
        String key = scoped ? role.arn() + "\n" + sa.clusterArn() + "\n" + sa.subject() : role.arn();
        Addition addition = additions.computeIfAbsent(key, k -> {
            JsonNode policy = editor.withStatement(role.trust().document().root(), statement);
            return new Addition(new PolicyEdit(role.arn(), statement, null, editor.pretty(policy), JsonSize.of(policy)), policy);
        });
        PolicyEdit edit = addition.edit();
        String name = Commands.roleName(role.arn());
        MigrationStep step = new MigrationStep(order, StepKind.ADD_POD_IDENTITY_TRUST,
                FindingText.of("Add a pods.eks.amazonaws.com statement to the trust policy of " + name, "plan.text.title.addTrust", name),
                Commands.updateTrust(name, "trust-" + name + ".json"), edit,
                FindingText.of("Adds the statement and keeps every existing one; the resulting policy is " + edit.sizeText() + ".",
                        "plan.text.detail.addTrust", edit.size()), false);
        return new Result(step, sizeNotes(edit), role.arn(), addition.policy());
    }

    /** The role sits in another account: a new role in the cluster's account chains to it as target role. */
    Result crossAccount(ServiceAccountRef sa, RoleAnalysis role, int order) {
        String name = Commands.roleName(role.arn());
        String newName = (name.length() > 51 ? name.substring(0, 51) : name) + "-pod-identity";
        String newArn = "arn:" + Objects.requireNonNullElse(Arns.partition(sa.clusterArn()), "aws") + ":iam::" + sa.accountId() + ":role/" + newName;
        String chaining = "{\"Sid\":\"AllowPodIdentityRoleChaining\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + newArn
                + "\"},\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"]}";
        JsonNode policy = editor.withStatement(role.trust().document().root(), chaining);
        PolicyEdit edit = new PolicyEdit(role.arn(), chaining, null, editor.pretty(policy), JsonSize.of(policy));
        String newPolicy = editor.policyOf(PodIdentityTrust.RECOMMENDED_STATEMENT);
        MigrationStep step = new MigrationStep(order, StepKind.ADD_POD_IDENTITY_TRUST,
                FindingText.of("Create role " + newName + " in account " + sa.accountId() + " for Pod Identity, and let " + name + " trust it",
                        "plan.text.title.crossAccount", newName, sa.accountId(), name),
                Commands.createRole(newName, "pod-identity-trust.json") + " && " + Commands.updateTrust(name, "trust-" + name + ".json"),
                edit, FindingText.of("pod-identity-trust.json for the new role:\n" + newPolicy + "\nThe association chains from it to " + role.arn()
                + " as target role; " + name + "'s policy becomes " + edit.sizeText() + ".", "plan.text.detail.crossAccount",
                newPolicy, role.arn(), name, edit.size()), false);
        return new Result(step, sizeNotes(edit), newArn, policy);
    }

    MigrationStep removeIrsa(ServiceAccountRef sa, RoleAnalysis role, String issuerKey, JsonNode policyAfter, int order) {
        String name = Commands.roleName(role.arn());
        FindingText title = FindingText.of("After the workload uses Pod Identity, remove this cluster's IRSA grant for " + sa.namespace() + "/"
                + sa.serviceAccount() + " from " + name, "plan.text.title.removeIrsa", sa.namespace(), sa.serviceAccount(), name);
        TrustPolicyEditor.Removal removal = editor.withoutSubject(policyAfter, issuerKey, sa.subject());
        if (removal.manualReason() != null) {
            return new MigrationStep(order, StepKind.REMOVE_IRSA_TRUST, title, null, null,
                    FindingText.of("By hand: " + removal.manualReason().english() + ".", "plan.text.detail.byHand", removal.manualReason()), false);
        }
        PolicyEdit edit = new PolicyEdit(role.arn(), null, removal.removed().english(), editor.pretty(removal.policy()), JsonSize.of(removal.policy()));
        return new MigrationStep(order, StepKind.REMOVE_IRSA_TRUST, title,
                Commands.updateTrust(name, "trust-" + name + "-without-" + sa.namespace() + "-" + sa.serviceAccount() + ".json"), edit,
                FindingText.of("Removes " + removal.removed().english() + " and nothing else: other clusters' and service accounts' grants stay. "
                        + "The policy becomes " + edit.sizeText() + ".", "plan.text.detail.removeIrsa", removal.removed(), edit.size()), false);
    }

    private static List<PlanNote> sizeNotes(PolicyEdit edit) {
        List<PlanNote> notes = new ArrayList<>();
        if (edit.overMaxLimit()) {
            notes.add(PlanNote.blocker("TRUST_POLICY_TOO_LARGE", FindingText.of("With the new statement the trust policy of " + edit.roleArn()
                    + " would be " + edit.resultingSize() + " characters, over the 4,096 maximum: remove other grants first",
                    "plan.text.note.trustPolicyTooLarge", edit.roleArn(), edit.resultingSize())));
        } else if (edit.overDefaultLimit()) {
            notes.add(PlanNote.warning("TRUST_POLICY_QUOTA", FindingText.of("With the new statement the trust policy of " + edit.roleArn()
                    + " would be " + edit.sizeText() + ": it needs a raised quota (IAM 'Role trust policy length', 4,096 at most)",
                    "plan.text.note.trustPolicyQuota", edit.roleArn(), edit.size())));
        }
        return notes;
    }

    private static String recommendedStatement(RoleAnalysis role) {
        boolean taken = role.trust().document().statements().stream().map(PolicyStatement::ref).anyMatch(r -> SID.equals(r.sid()));
        return taken ? PodIdentityTrust.RECOMMENDED_STATEMENT.replace(SID, SID + "WithTags") : PodIdentityTrust.RECOMMENDED_STATEMENT;
    }

    /** The role scopes Pod Identity by request tags already: add a statement scoped the same way to this service account. */
    private static String scopedStatement(RoleAnalysis role, ServiceAccountRef sa) {
        String sid = ("PodIdentity" + sa.namespace() + sa.serviceAccount()).replaceAll("[^A-Za-z0-9]", "");
        return "{\"Sid\":\"" + sid + "\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"pods.eks.amazonaws.com\"},"
                + "\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"],\"Condition\":{\"StringEquals\":{"
                + "\"aws:RequestTag/eks-cluster-arn\":\"" + sa.clusterArn() + "\","
                + "\"aws:RequestTag/kubernetes-namespace\":\"" + sa.namespace() + "\","
                + "\"aws:RequestTag/kubernetes-service-account\":\"" + sa.serviceAccount() + "\"}}}";
    }
}
