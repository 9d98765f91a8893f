package dev.eksatlas.analysis.migration;

/** A service account of a cluster. */
public record ServiceAccountRef(String accountId, String region, String clusterName, String clusterArn, String namespace,
                                String serviceAccount) {

    public String subject() {
        return "system:serviceaccount:" + namespace + ":" + serviceAccount;
    }
}
