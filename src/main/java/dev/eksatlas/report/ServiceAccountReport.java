package dev.eksatlas.report;

import dev.eksatlas.analysis.ClusterAnalysis;
import dev.eksatlas.analysis.comparison.ServiceAccountRow;
import dev.eksatlas.domain.EksCluster;
import java.util.List;

/**
 * {@code service-accounts}: each cluster's service-account matrix, how every service account (or
 * subject pattern) named by an IRSA grant or a Pod Identity association gets its credentials.
 */
public final class ServiceAccountReport {
    public static final String NAME = "service-accounts";

    /** One matrix row of one cluster; {@code status} is the stable code ({@code IRSA_ONLY}, {@code BOTH_IRSA_WINS}, ...). */
    public record Row(Provenance source, String region, String cluster, ServiceAccountRow matrix) {
    }

    private ServiceAccountReport() {
    }

    public static ReportDefinition<Row> definition() {
        return Provenance.prepend(new ReportDefinition<>(NAME, "How each service account gets AWS credentials, per cluster", List.of(
                Column.<Row>text("region", "Region", Row::region),
                Column.<Row>text("cluster", "Cluster", Row::cluster),
                Column.<Row>text("namespace", "Namespace", r -> r.matrix().namespace()),
                Column.<Row>text("service_account", "Service account", r -> r.matrix().serviceAccount()),
                Column.<Row>text("status", "Status", r -> r.matrix().status()),
                Column.<Row>text("irsa_roles", "IRSA roles", r -> r.matrix().irsaRoleArns()),
                Column.<Row>text("wildcard_irsa_roles", "Wildcard IRSA roles", r -> r.matrix().wildcardRoleArns()),
                Column.<Row>text("association_role_arn", "Association role ARN", r -> r.matrix().associationRoleArn()),
                Column.<Row>text("target_role_arn", "Target role ARN", r -> r.matrix().targetRoleArn()),
                Column.<Row>text("note", "Note", r -> r.matrix().note())),
                Orders.<Row, String>by(r -> r.source().accountId())
                        .thenComparing(Orders.by(Row::region))
                        .thenComparing(Orders.by(Row::cluster))
                        .thenComparing(Orders.by(r -> r.matrix().namespace()))
                        .thenComparing(Orders.by(r -> r.matrix().serviceAccount()))), Row::source);
    }

    public static Report<Row> report(FleetAnalyses analyses) {
        return new AnalysisReport<>(definition(), analyses,
                (fleet, scope) -> fleet.clusters(scope).flatMap(c -> rows(c, fleet.provenanceOf(c.cluster().accountId())).stream()));
    }

    /** One cluster's matrix, as its view shows it. */
    public static List<Row> rows(ClusterAnalysis analysis, Provenance source) {
        EksCluster c = analysis.cluster();
        return analysis.matrix().stream().map(m -> new Row(source, c.region(), c.name(), m)).toList();
    }
}
