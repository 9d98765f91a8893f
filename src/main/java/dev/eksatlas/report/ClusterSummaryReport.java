package dev.eksatlas.report;

import dev.eksatlas.analysis.FleetAnalysis;
import dev.eksatlas.domain.AccountSnapshot;
import java.util.List;

/**
 * {@code cluster-summary}: one row per cluster with its analysis at a glance (the Clusters screen's
 * table). The raw {@code clusters} report keeps DescribeCluster's facts; this one adds the verdicts,
 * which come first (after the cluster's name) so that a window of 1,000 pixels shows them.
 */
public final class ClusterSummaryReport {
    public static final String NAME = "cluster-summary";

    private static final ReportDefinition<ClusterSummaryRow> DEFINITION = Provenance.prepend(new ReportDefinition<>(NAME,
            "Each cluster with its IRSA roles, Pod Identity associations, agent add-on, readiness and findings", List.of(
            Column.<ClusterSummaryRow>text("region", "Region", r -> r.cluster().region()),
            Column.<ClusterSummaryRow>text("cluster", "Cluster", r -> r.cluster().name()),
            Column.<ClusterSummaryRow>text("readiness", "Pod Identity readiness", ClusterSummaryRow::readiness),
            Column.<ClusterSummaryRow>text("agent_addon", "Agent add-on", ClusterSummaryRow::agent),
            Column.<ClusterSummaryRow>number("irsa_roles", "IRSA roles", ClusterSummaryRow::irsaRoles),
            Column.<ClusterSummaryRow>number("pod_identity_associations", "Pod Identity associations", ClusterSummaryRow::associations),
            Column.<ClusterSummaryRow>number("findings", "Findings", ClusterSummaryRow::findings),
            Column.<ClusterSummaryRow>number("high_findings", "High findings", ClusterSummaryRow::highFindings),
            Column.<ClusterSummaryRow>text("kubernetes_version", "Kubernetes version", r -> r.cluster().version()),
            Column.<ClusterSummaryRow>text("platform_version", "Platform version", r -> r.cluster().platformVersion()),
            Column.<ClusterSummaryRow>text("agent_version", "Agent version", ClusterSummaryRow::agentVersion),
            Column.<ClusterSummaryRow>text("cluster_arn", "Cluster ARN", ClusterSummaryRow::clusterArn)),
            Orders.<ClusterSummaryRow, String>by(r -> r.provenance().accountId())
                    .thenComparing(Orders.by(r -> r.cluster().region()))
                    .thenComparing(Orders.by(r -> r.cluster().name()))
                    .thenComparing(Orders.by(ClusterSummaryRow::clusterArn))),
            ClusterSummaryRow::provenance);

    public static ReportDefinition<ClusterSummaryRow> definition() {
        return DEFINITION;
    }

    private ClusterSummaryReport() {
    }

    /** The report for export: its rows come from the analysis shared with the other analysis reports. */
    public static Report<ClusterSummaryRow> report(FleetAnalyses analyses) {
        return new AnalysisReport<>(DEFINITION, analyses,
                (fleet, scope) -> fleet.clusters(scope).map(c -> ClusterSummaryRow.of(fleet.provenanceOf(c.cluster().accountId()), c)));
    }

    /** The rows of an analysis already made (the UI has one), in the analysis's cluster order. */
    public static List<ClusterSummaryRow> rows(List<AccountSnapshot> snapshots, FleetAnalysis analysis) {
        AnalysedFleet fleet = AnalysedFleet.of(snapshots, analysis);
        return fleet.clusters(ClusterScope.all()).map(c -> ClusterSummaryRow.of(fleet.provenanceOf(c.cluster().accountId()), c)).toList();
    }
}
