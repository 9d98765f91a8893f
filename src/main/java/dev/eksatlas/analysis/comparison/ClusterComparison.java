package dev.eksatlas.analysis.comparison;

import dev.eksatlas.domain.EksCluster;
import java.util.List;

/** A cluster's IRSA and Pod Identity side by side: the six rows, the readiness verdict and the service-account matrix. */
public record ClusterComparison(
        EksCluster cluster,
        List<ComparisonRow> rows,
        PodIdentityReadiness readiness,
        List<ServiceAccountRow> matrix) {

    public ClusterComparison {
        rows = List.copyOf(rows);
        matrix = List.copyOf(matrix);
    }

    public <T extends ComparisonRow> T row(Class<T> type) {
        return rows.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
}
