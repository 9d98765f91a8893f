package dev.eksatlas.analysis.comparison;

import dev.eksatlas.analysis.findings.PodIdentitySupport;
import dev.eksatlas.analysis.linkage.ClusterKey;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.analysis.linkage.Coverage;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.linkage.RoleAnalysis;
import dev.eksatlas.analysis.trust.PodIdentityTrust;
import dev.eksatlas.domain.IamRole;
import java.util.ArrayList;
import java.util.List;

/** Decides READY / READY_WITH_WARNINGS / BLOCKED for moving a cluster's workloads to Pod Identity. */
final class ReadinessAssessor {
    private static final int POD_IDENTITY_STATEMENT = IamRole.policySize(PodIdentityTrust.RECOMMENDED_STATEMENT) + 1;
    private final FleetIndex index;

    ReadinessAssessor(FleetIndex index) {
        this.index = index;
    }

    PodIdentityReadiness assess(ClusterLink link, List<ComparisonRow> rows, List<ServiceAccountRow> matrix, List<RoleAnalysis> irsaRoles) {
        List<ReadinessReason> reasons = new ArrayList<>();
        SupportedVersionsRow versions = (SupportedVersionsRow) rows.get(RowKey.SUPPORTED_VERSIONS.ordinal());
        PodIdentitySupport support = PodIdentitySupport.of(versions.version(), versions.platformVersion());
        switch (support.status()) {
            case UNSUPPORTED -> reasons.add(new ReadinessReason(ReasonCode.VERSION_UNSUPPORTED, 0, "Upgrade first: " + support.reason()));
            case UNKNOWN -> reasons.add(new ReadinessReason(ReasonCode.VERSION_UNKNOWN, 0, "The version could not be checked: " + support.reason()));
            default -> { }
        }
        switch (versions.agent()) {
            case MISSING -> reasons.add(new ReadinessReason(ReasonCode.AGENT_MISSING, 0, "Install the eks-pod-identity-agent add-on first"));
            case NOT_ACTIVE -> reasons.add(new ReadinessReason(ReasonCode.AGENT_NOT_ACTIVE, 0, "The eks-pod-identity-agent add-on is not active"));
            case UNKNOWN -> reasons.add(new ReadinessReason(ReasonCode.AGENT_UNKNOWN, 0, "Whether the agent add-on is installed is unknown"));
            default -> { }
        }
        SupportedEnvironmentsRow env = (SupportedEnvironmentsRow) rows.get(RowKey.SUPPORTED_ENVIRONMENTS.ordinal());
        add(reasons, ReasonCode.FARGATE_PROFILES, env.fargateProfiles(),
                "Fargate profiles select namespaces " + String.join(", ", env.fargateNamespaces()) + ": those pods stay on IRSA");
        RoleExtensibilityRow ext = (RoleExtensibilityRow) rows.get(RowKey.ROLE_EXTENSIBILITY.ordinal());
        add(reasons, ReasonCode.SHARED_ROLES, ext.sharedIrsaRoles(),
                ext.sharedIrsaRoles() + " IRSA roles are shared with other clusters: remove only this cluster's statements");
        int full = (int) irsaRoles.stream().filter(r -> !r.trust().podIdentity().trusted()
                && r.trust().size().characters() + POD_IDENTITY_STATEMENT > IamRole.DEFAULT_TRUST_POLICY_LIMIT).count();
        add(reasons, ReasonCode.TRUST_POLICY_FULL, full,
                full + " IRSA roles have no room for the pods.eks.amazonaws.com statement under 2,048 characters");
        int crossAccount = (int) irsaRoles.stream().filter(r -> !r.role().accountId().equals(link.cluster().accountId())).count();
        add(reasons, ReasonCode.CROSS_ACCOUNT_ROLES, crossAccount, crossAccount
                + " IRSA roles are in other accounts: an association's role must be in the cluster's account (use a target role)");
        int both = (int) matrix.stream().filter(r -> r.status() == MatrixStatus.BOTH_IRSA_WINS).count();
        add(reasons, ReasonCode.IRSA_SHADOWING, both, both + " service accounts have both; IRSA wins until its annotation is removed");
        int broken = (int) link.associations().stream().filter(a -> a.health().broken()).count();
        add(reasons, ReasonCode.BROKEN_ASSOCIATIONS, broken, broken + " associations have a role that cannot be assumed");
        if (!complete(link.key(), link.cluster().accountId())) {
            reasons.add(new ReadinessReason(ReasonCode.COVERAGE_GAPS, 0, "Part of this cluster's data could not be read"));
        }
        return PodIdentityReadiness.of(reasons);
    }

    private boolean complete(ClusterKey key, String account) {
        Coverage c = index.coverage();
        return c.iamRolesComplete(account) && c.iamProvidersComplete(account)
                && c.clusterPartComplete(key, "podidentity") && c.clusterPartComplete(key, "addon") && c.clusterPartComplete(key, "fargate");
    }

    private static void add(List<ReadinessReason> reasons, ReasonCode code, int count, String text) {
        if (count > 0) {
            reasons.add(new ReadinessReason(code, count, text));
        }
    }
}
