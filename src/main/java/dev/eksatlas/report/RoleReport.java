package dev.eksatlas.report;

import dev.eksatlas.analysis.RoleSummary;
import dev.eksatlas.domain.IamRole;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code roles}: each IAM role with its (URL-decoded) trust policy and its size against IAM's
 * 2,048-character default quota, then what the analysis says of it: the scanned clusters its IRSA
 * grants trust, whether it trusts EKS Pod Identity, and how many associations use it. Limited to a cluster, it keeps the roles whose trust policy names
 * the cluster's OIDC issuer (IRSA) and the roles its Pod Identity associations use.
 */
public final class RoleReport {
    public static final String NAME = "roles";

    private RoleReport() {
    }

    public static ReportDefinition<IamRole> definition() {
        return new ReportDefinition<>(NAME, "IAM roles with their trust policies", List.of(
                Column.<IamRole>text("role", "Role", IamRole::name),
                Column.<IamRole>text("role_arn", "Role ARN", IamRole::arn),
                Column.<IamRole>text("path", "Path", IamRole::path),
                Column.<IamRole>instant("created_at", "Created", IamRole::createdAt),
                Column.<IamRole>number("max_session_duration", "Max session duration (s)", IamRole::maxSessionDuration),
                Column.<IamRole>number("trust_policy_size", "Trust policy size (characters)", IamRole::trustPolicySize),
                Column.<IamRole>text("trust_policy", "Trust policy", IamRole::trustPolicy),
                Column.<IamRole>bool("details_loaded", "Details read (GetRole)", IamRole::detailsLoaded),
                Column.<IamRole>instant("last_used_at", "Last used", IamRole::lastUsedAt),
                Column.<IamRole>text("last_used_region", "Last used region", IamRole::lastUsedRegion),
                Column.<IamRole>text("tags", "Tags", IamRole::tags)),
                Orders.<IamRole, String>by(IamRole::accountId)
                        .thenComparing(Orders.by(IamRole::name))
                        .thenComparing(Orders.by(IamRole::arn)));
    }

    /** The record's columns followed by the analysis columns. */
    public static ReportDefinition<RoleSummary> analysedDefinition() {
        ReportDefinition<RoleSummary> record = definition().on(RoleSummary::role);
        List<Column<RoleSummary>> columns = new ArrayList<>(record.columns());
        columns.add(Column.text("trusted_clusters", "Trusted clusters (IRSA)", RoleSummary::trustedClusterArns));
        columns.add(Column.bool("pod_identity_trust", "Trusts Pod Identity", RoleSummary::podIdentityTrust));
        columns.add(Column.number("associations", "Pod Identity associations", RoleSummary::associations));
        return new ReportDefinition<>(NAME, record.description(), columns, record.order());
    }

    public static AnalysedReport<RoleSummary> report() {
        return AnalysedReport.of(analysedDefinition(), (snapshots, analysis) -> analysis.roles(),
                r -> r.role().accountId(), (r, scope) -> concernsScope(r.role(), scope));
    }

    /**
     * An IRSA trust policy names the issuer in its federated principal
     * ({@code arn:aws:iam::<account>:oidc-provider/<issuer>}) and in its condition keys
     * ({@code <issuer>:sub}); the issuer ends in an ID unique to the cluster, so plain containment is exact.
     */
    static boolean concernsScope(IamRole role, ClusterScope scope) {
        if (scope.associatedRoleArns().contains(role.arn())) {
            return true;
        }
        String policy = role.trustPolicy();
        return policy != null && scope.issuers().stream().anyMatch(policy::contains);
    }
}
