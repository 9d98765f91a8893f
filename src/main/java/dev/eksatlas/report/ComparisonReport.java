package dev.eksatlas.report;

import dev.eksatlas.analysis.ClusterAnalysis;
import dev.eksatlas.analysis.comparison.ComparisonRow;
import dev.eksatlas.analysis.comparison.PodIdentityReadiness;
import dev.eksatlas.analysis.comparison.ReadinessReason;
import dev.eksatlas.analysis.comparison.RowKey;
import dev.eksatlas.domain.EksCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code comparison}: each cluster's IRSA and EKS Pod Identity side by side, one row per point of
 * the EKS user guide's comparison (in the guide's order) and a last row with the cluster's Pod
 * Identity readiness. Facts are this cluster's measured values, in English; the verdict is a
 * stable code ({@code FAVOURS_POD_IDENTITY}, ..., or {@code READY}/{@code READY_WITH_WARNINGS}/{@code BLOCKED}).
 */
public final class ComparisonReport {
    public static final String NAME = "comparison";
    public static final String READINESS = "Pod Identity readiness";
    private static final Map<RowKey, String> POINTS = Map.of(
            RowKey.ROLE_EXTENSIBILITY, "Role extensibility",
            RowKey.CLUSTER_SCALABILITY, "Cluster scalability",
            RowKey.ROLE_SCALABILITY, "Role scalability",
            RowKey.ROLE_REUSABILITY, "Role reusability",
            RowKey.SUPPORTED_ENVIRONMENTS, "Supported environments",
            RowKey.SUPPORTED_VERSIONS, "Supported versions");

    /**
     * One point of one cluster. {@code order} is the point's place (1 to 6 as in the guide, 7 for
     * readiness); {@code explanation} says the verdict in words, or lists the readiness reason codes.
     */
    public record Row(Provenance source, String region, String cluster, int order, String point, String irsaFact,
                      String podIdentityFact, String verdict, String explanation) {
    }

    private ComparisonReport() {
    }

    public static ReportDefinition<Row> definition() {
        return Provenance.prepend(new ReportDefinition<>(NAME, "IRSA and EKS Pod Identity side by side, per cluster", List.of(
                Column.<Row>text("region", "Region", Row::region),
                Column.<Row>text("cluster", "Cluster", Row::cluster),
                Column.<Row>number("point_number", "Point number", Row::order),
                Column.<Row>text("point", "Point", Row::point),
                Column.<Row>text("irsa_fact", "IRSA fact", Row::irsaFact),
                Column.<Row>text("pod_identity_fact", "Pod Identity fact", Row::podIdentityFact),
                Column.<Row>text("verdict", "Verdict", Row::verdict),
                Column.<Row>text("explanation", "Explanation", Row::explanation)),
                Orders.<Row, String>by(r -> r.source().accountId())
                        .thenComparing(Orders.by(Row::region))
                        .thenComparing(Orders.by(Row::cluster))
                        .thenComparingInt(Row::order)), Row::source);
    }

    public static Report<Row> report(FleetAnalyses analyses) {
        return new AnalysisReport<>(definition(), analyses,
                (fleet, scope) -> fleet.clusters(scope).flatMap(c -> rows(c, fleet.provenanceOf(c.cluster().accountId())).stream()));
    }

    /** The seven rows of one cluster, as its side-by-side view shows them. */
    public static List<Row> rows(ClusterAnalysis analysis, Provenance source) {
        EksCluster c = analysis.cluster();
        List<Row> rows = new ArrayList<>();
        for (ComparisonRow r : analysis.comparison().rows()) {
            rows.add(new Row(source, c.region(), c.name(), r.key().ordinal() + 1, POINTS.get(r.key()), r.irsaFact(), r.podIdentityFact(),
                    r.verdict().name(), r.verdictText()));
        }
        PodIdentityReadiness readiness = analysis.readiness();
        String reasons = readiness.reasons().isEmpty() ? "Nothing stands in the way"
                : String.join("; ", readiness.reasons().stream().map(ReadinessReason::text).toList());
        rows.add(new Row(source, c.region(), c.name(), RowKey.values().length + 1, READINESS, null, reasons, readiness.verdict().name(),
                String.join("; ", readiness.reasons().stream().map(r -> r.code().name()).toList())));
        return rows;
    }
}
