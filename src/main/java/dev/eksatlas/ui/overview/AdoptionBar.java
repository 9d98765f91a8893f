package dev.eksatlas.ui.overview;

import dev.eksatlas.analysis.ClusterAnalysis;
import dev.eksatlas.analysis.comparison.ServiceAccountRow;

/**
 * How one cluster's service accounts get credentials, counted from its matrix: IRSA (exact or
 * wildcard grants), both (IRSA wins while the annotation is there), Pod Identity, and those whose
 * grant or association cannot work (broken, or on Fargate).
 *
 * @param label a name unique among the chart's clusters
 */
public record AdoptionBar(String label, String clusterArn, int irsa, int both, int podIdentity, int notWorking) {

    public static AdoptionBar of(String label, ClusterAnalysis cluster) {
        int irsa = 0;
        int both = 0;
        int podIdentity = 0;
        int broken = 0;
        for (ServiceAccountRow row : cluster.matrix()) {
            switch (row.status()) {
                case IRSA_ONLY, WILDCARD_GRANT -> irsa++;
                case BOTH_IRSA_WINS -> both++;
                case POD_IDENTITY_ONLY -> podIdentity++;
                case IRSA_BROKEN, ASSOCIATION_BROKEN, ASSOCIATION_ON_FARGATE -> broken++;
            }
        }
        return new AdoptionBar(label, cluster.cluster().arn(), irsa, both, podIdentity, broken);
    }

    public int total() {
        return irsa + both + podIdentity + notWorking;
    }
}
