package dev.eksatlas.simulator.fleet;

/**
 * One IRSA statement the generator wrote: {@code roleArn} trusts {@code clusterArn}'s issuer for
 * {@code namespace}/{@code serviceAccount}. A wildcard subject has serviceAccount {@code *}; a
 * statement without a {@code sub} condition has both null.
 */
record IrsaBinding(String roleArn, String clusterArn, String namespace, String serviceAccount, boolean audience) {

    boolean wildcard() {
        return "*".equals(serviceAccount);
    }

    boolean hasSubject() {
        return serviceAccount != null;
    }

    /** Whether a pod running as this service account would get the role's credentials through IRSA. */
    boolean covers(String ns, String sa) {
        return !hasSubject() || (namespace.equals(ns) && (wildcard() || serviceAccount.equals(sa)));
    }
}
