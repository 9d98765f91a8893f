package dev.eksatlas.analysis.migration;

import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.comparison.AgentStatus;
import dev.eksatlas.analysis.comparison.ClusterComparison;
import dev.eksatlas.analysis.comparison.MatrixStatus;
import dev.eksatlas.analysis.comparison.ServiceAccountRow;
import dev.eksatlas.analysis.comparison.SupportedVersionsRow;
import dev.eksatlas.analysis.findings.PodIdentitySupport;
import dev.eksatlas.analysis.linkage.AssociationLink;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.linkage.RoleAnalysis;
import dev.eksatlas.analysis.policy.Glob;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plans the move of each IRSA service account of a cluster to EKS Pod Identity: agent, trust
 * statement, association, workload switch, and only then removal of this cluster's IRSA grant.
 */
public final class MigrationPlanner {
    private static final String SWITCH_DETAIL = "The SDK credential chain tries IRSA (web identity) before Pod Identity (container "
            + "credentials), so pods keep IRSA while the eks.amazonaws.com/role-arn annotation is there. Their SDK must support the "
            + "container credential provider (e.g. Java v2 2.21.30, boto3 1.34.41, AWS CLI 2.15.0).";
    private static final Set<MatrixStatus> ON_IRSA = EnumSet.of(MatrixStatus.IRSA_ONLY, MatrixStatus.BOTH_IRSA_WINS,
            MatrixStatus.ASSOCIATION_BROKEN, MatrixStatus.ASSOCIATION_ON_FARGATE);

    private final FleetIndex index;
    private final TrustSteps trustSteps;
    private final Map<String, RoleUse> roleUses = new ConcurrentHashMap<>();

    public MigrationPlanner(FleetIndex index) {
        this.index = index;
        this.trustSteps = new TrustSteps(new TrustPolicyEditor());
    }

    /** One plan per service account this cluster's IRSA grants name exactly, in matrix order. */
    public List<MigrationPlan> plan(ClusterLink link, ClusterComparison comparison) {
        List<MigrationPlan> plans = new ArrayList<>();
        for (ServiceAccountRow row : comparison.matrix()) {
            if (ON_IRSA.contains(row.status()) && !row.irsaRoleArns().isEmpty() && index.role(row.irsaRoleArns().getFirst()) != null) {
                plans.add(plan(link, comparison, row));
            }
        }
        return plans;
    }

    private MigrationPlan plan(ClusterLink link, ClusterComparison comparison, ServiceAccountRow row) {
        EksCluster c = link.cluster();
        ServiceAccountRef sa = new ServiceAccountRef(c.accountId(), c.region(), c.name(), c.arn(), row.namespace(), row.serviceAccount());
        RoleAnalysis role = index.role(row.irsaRoleArns().getFirst());
        List<PlanNote> notes = new ArrayList<>();
        PlanNotes.environment(link, comparison, sa, notes);
        PlanNotes.roles(index, link, role, roleUses.computeIfAbsent(role.arn(), k -> RoleUse.of(role)), row, notes);
        List<MigrationStep> steps = new ArrayList<>();
        SupportedVersionsRow versions = comparison.row(SupportedVersionsRow.class);
        if (versions.agent() == AgentStatus.MISSING || versions.agent() == AgentStatus.NOT_ACTIVE || versions.agent() == AgentStatus.UNKNOWN) {
            steps.add(agentStep(sa, versions.agent()));
        }
        boolean crossAccount = !role.role().accountId().equals(c.accountId());
        TrustSteps.Result trust = crossAccount ? trustSteps.crossAccount(sa, role, steps.size() + 1)
                : trustSteps.addPodIdentity(sa, role, steps.size() + 1);
        steps.add(trust.step());
        trust.notes().forEach(notes::add);
        steps.add(associationStep(link, sa, row, trust.associationRoleArn(), crossAccount ? role.arn() : null, steps.size() + 1, notes));
        steps.add(new MigrationStep(steps.size() + 1, StepKind.SWITCH_WORKLOAD,
                FindingText.of("Remove the IRSA annotation and restart the pods of " + sa.namespace() + "/" + sa.serviceAccount(),
                        "plan.text.title.switchWorkload", sa.namespace(), sa.serviceAccount()),
                Commands.switchWorkload(sa), null, FindingText.of(SWITCH_DETAIL, "plan.text.detail.switchWorkload"), false));
        steps.add(trustSteps.removeIrsa(sa, role, link.issuerKey(), trust.policyAfter(), steps.size() + 1));
        return new MigrationPlan(sa, role.arn(), status(notes), steps, notes);
    }

    private static MigrationStep agentStep(ServiceAccountRef sa, AgentStatus agent) {
        return switch (agent) {
            case NOT_ACTIVE -> new MigrationStep(1, StepKind.INSTALL_AGENT,
                    FindingText.of("Repair the eks-pod-identity-agent add-on", "plan.text.title.repairAgent"),
                    Commands.describeAgent(sa), null,
                    FindingText.of("The add-on is installed but not ACTIVE; look at its health issues.", "plan.text.detail.repairAgent"), false);
            case UNKNOWN -> new MigrationStep(1, StepKind.INSTALL_AGENT,
                    FindingText.of("Check that the eks-pod-identity-agent add-on is installed", "plan.text.title.checkAgent"),
                    Commands.describeAgent(sa), null, FindingText.of("The cluster's add-ons could not be read; install the add-on if missing: "
                    + Commands.installAgent(sa), "plan.text.detail.checkAgent", Commands.installAgent(sa)), false);
            default -> new MigrationStep(1, StepKind.INSTALL_AGENT,
                    FindingText.of("Install the eks-pod-identity-agent add-on", "plan.text.title.installAgent"),
                    Commands.installAgent(sa), null,
                    FindingText.of("The agent serves Pod Identity credentials on each node.", "plan.text.detail.installAgent"), false);
        };
    }

    private static MigrationStep associationStep(ClusterLink link, ServiceAccountRef sa, ServiceAccountRow row, String roleArn,
                                                 String targetRoleArn, int order, List<PlanNote> notes) {
        AssociationLink existing = link.associations().stream()
                .filter(a -> a.association().namespace().equals(sa.namespace()) && a.association().serviceAccount().equals(sa.serviceAccount()))
                .findFirst().orElse(null);
        if (existing == null) {
            return new MigrationStep(order, StepKind.CREATE_ASSOCIATION,
                    FindingText.of("Create the Pod Identity association", "plan.text.title.createAssociation"),
                    Commands.createAssociation(sa, roleArn, targetRoleArn), null,
                    FindingText.of("Associations take effect within seconds; pods pick them up when they restart.",
                            "plan.text.detail.createAssociation"), false);
        }
        if (existing.association().roleArn().equals(roleArn)) {
            boolean works = !existing.health().broken();
            String id = existing.association().associationId();
            String uses = "Association " + id + " already uses " + roleArn;
            FindingText detail = works ? FindingText.of(uses + ".", "plan.text.detail.associationExists", id, roleArn)
                    : FindingText.of(uses + "; it works once the role trusts Pod Identity (" + existing.detail() + ").",
                    "plan.text.detail.associationExists.broken", id, roleArn, healthDetail(existing));
            return new MigrationStep(order, StepKind.CREATE_ASSOCIATION,
                    FindingText.of("The association already exists", "plan.text.title.associationExists"), null, null, detail, works);
        }
        String exists = "An association for " + sa.namespace() + "/" + sa.serviceAccount() + " exists with role " + existing.association().roleArn();
        notes.add(PlanNote.warning("ASSOCIATION_EXISTS", existing.detail() == null
                ? FindingText.of(exists, "plan.text.note.associationExists", sa.namespace(), sa.serviceAccount(), existing.association().roleArn())
                : FindingText.of(exists + " (" + existing.detail() + ")", "plan.text.note.associationExists.detail", sa.namespace(),
                sa.serviceAccount(), existing.association().roleArn(), healthDetail(existing))));
        return new MigrationStep(order, StepKind.CREATE_ASSOCIATION,
                FindingText.of("Point the existing association at the IRSA role", "plan.text.title.updateAssociation"),
                Commands.updateAssociation(sa, existing.association().associationId(), roleArn), null,
                FindingText.of("A service account has at most one association per cluster.", "plan.text.detail.updateAssociation"), false);
    }

    private static FindingText healthDetail(AssociationLink link) {
        return link.detailText() != null ? link.detailText() : FindingText.plain(String.valueOf(link.detail()));
    }

    private static PlanStatus status(List<PlanNote> notes) {
        if (notes.stream().anyMatch(n -> n.kind() == PlanNote.Kind.BLOCKER)) {
            return PlanStatus.BLOCKED;
        }
        return notes.stream().anyMatch(n -> n.kind() == PlanNote.Kind.WARNING) ? PlanStatus.READY_WITH_WARNINGS : PlanStatus.READY;
    }

    /** Whether a Fargate profile selects the namespace (selectors accept * and ?). */
    static List<FargateProfile> fargateFor(ClusterLink link, String namespace) {
        return link.fargateProfiles().stream().filter(f -> f.selectors().stream()
                .anyMatch(s -> Glob.matches(s.namespace(), namespace))).toList();
    }

    static boolean unsupported(ClusterComparison comparison) {
        return comparison.row(SupportedVersionsRow.class).support() == PodIdentitySupport.Status.UNSUPPORTED;
    }
}
