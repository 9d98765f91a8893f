package dev.eksatlas.report;

import dev.eksatlas.analysis.RoleSummary;
import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.analysis.findings.FindingOrder;
import dev.eksatlas.domain.IamRole;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code roles}: each IAM role with its (URL-decoded) trust policy, its size against IAM's
 * 2,048-character default quota and 4,096-character maximum, the clusters whose issuers it trusts,
 * whether it trusts Pod Identity, how many associations use it, and the codes of its findings.
 * Limited to a cluster, it keeps the roles whose trust policy names the cluster's OIDC issuer
 * (IRSA) and the roles its Pod Identity associations use.
 */
public final class RoleReport {
    public static final String NAME = "roles";

    /** A role as the analysis sees it; {@code findingCodes} are the codes of the findings about it, most severe first. */
    public record Row(Provenance source, RoleSummary summary, List<String> findingCodes) {

        public Row {
            findingCodes = List.copyOf(findingCodes);
        }

        public IamRole role() {
            return summary.role();
        }
    }

    private RoleReport() {
    }

    public static ReportDefinition<Row> definition() {
        return Provenance.prepend(new ReportDefinition<>(NAME, "IAM roles with their trust policies", List.of(
                Column.<Row>text("role", "Role", r -> r.role().name()),
                Column.<Row>text("role_arn", "Role ARN", r -> r.role().arn()),
                Column.<Row>text("path", "Path", r -> r.role().path()),
                Column.<Row>instant("created_at", "Created", r -> r.role().createdAt()),
                Column.<Row>number("max_session_duration", "Max session duration (s)", r -> r.role().maxSessionDuration()),
                Column.<Row>number("trust_policy_size", "Trust policy size (characters)", r -> r.role().trustPolicySize()),
                Column.<Row>number("trust_percent_of_default", "Trust policy size (% of 2048)", r -> percent(r, IamRole.DEFAULT_TRUST_POLICY_LIMIT)),
                Column.<Row>number("trust_percent_of_max", "Trust policy size (% of 4096)", r -> percent(r, IamRole.MAX_TRUST_POLICY_LIMIT)),
                Column.<Row>number("trust_statements", "Trust statements", r -> r.summary().trustSize().statements()),
                Column.<Row>text("irsa_clusters", "Clusters trusted (IRSA)", r -> r.summary().trustedClusterArns()),
                Column.<Row>number("irsa_issuers", "OIDC issuers trusted", r -> r.summary().trustedIssuers()),
                Column.<Row>bool("pod_identity_trust", "Trusts Pod Identity", r -> r.summary().podIdentityTrust()),
                Column.<Row>number("associations", "Associations using it", r -> r.summary().associations()),
                Column.<Row>text("finding_codes", "Findings", Row::findingCodes),
                Column.<Row>text("trust_policy", "Trust policy", r -> r.role().trustPolicy()),
                Column.<Row>bool("details_loaded", "Details read (GetRole)", r -> r.role().detailsLoaded()),
                Column.<Row>instant("last_used_at", "Last used", r -> r.role().lastUsedAt()),
                Column.<Row>text("last_used_region", "Last used region", r -> r.role().lastUsedRegion()),
                Column.<Row>text("tags", "Tags", r -> r.role().tags())),
                Orders.<Row, String>by(r -> r.role().accountId())
                        .thenComparing(Orders.by(r -> r.role().name()))
                        .thenComparing(Orders.by(r -> r.role().arn()))), Row::source);
    }

    public static Report<Row> report(FleetAnalyses analyses) {
        return new AnalysisReport<>(definition(), analyses, RoleReport::rows);
    }

    /** The rows of an analysed fleet, e.g. the window's. */
    public static Stream<Row> rows(AnalysedFleet fleet, ClusterScope scope) {
        Map<String, List<String>> codes = findingCodesByResource(fleet.analysis().findings());
        return fleet.analysis().roles().stream()
                .filter(s -> scope.isAll() || concernsScope(s.role(), scope))
                .map(s -> new Row(fleet.provenanceOf(s.role().accountId()), s, codes.getOrDefault(s.arn(), List.of())));
    }

    /** The distinct codes of the findings about each resource, in finding order (most severe first). */
    public static Map<String, List<String>> findingCodesByResource(List<Finding> findings) {
        Map<String, Set<String>> codes = new HashMap<>();
        findings.stream().filter(f -> f.resourceArn() != null).sorted(FindingOrder.ORDER)
                .forEach(f -> codes.computeIfAbsent(f.resourceArn(), k -> new LinkedHashSet<>()).add(f.codeId()));
        Map<String, List<String>> out = new HashMap<>();
        codes.forEach((arn, set) -> out.put(arn, List.copyOf(set)));
        return out;
    }

    private static long percent(Row r, int limit) {
        return Math.round(r.summary().trustSize().characters() * 100.0 / limit);
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
