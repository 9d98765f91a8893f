package dev.eksatlas.analysis.tokens;

/** What to do about a stale token, in English (CSV and findings), after the EKS user guide. */
public final class Remedies {
    private Remedies() {
    }

    /** Update the client (or the component) to a version that refreshes tokens; meanwhile recreate the pods. */
    public static String forServiceAccount(String namespace, String serviceAccount) {
        String restart = "kubectl rollout restart deployment/<name>" + (namespace == null ? "" : " -n " + namespace);
        String update = TokenRefreshMinimums.componentOf(namespace, serviceAccount)
                .map(c -> "Update " + c.component() + " to " + (TokenRefreshMinimums.CURRENT.equals(c.minimum())
                        ? "a current version" : c.minimum() + " or later"))
                .orElse("Update the workload's Kubernetes client library to one that refreshes tokens ("
                        + TokenRefreshMinimums.clientsInOneLine() + " or later)");
        return update + "; until then recreate its pods, e.g. " + restart + ", which gives the new token another 90 days.";
    }

    /** Enable the audit log so that stale tokens can be found. */
    public static String enableAuditLogging(String cluster) {
        return "aws eks update-cluster-config --name " + cluster
                + " --logging '{\"clusterLogging\":[{\"types\":[\"audit\"],\"enabled\":true}]}'";
    }
}
