package dev.eksatlas.scan;

/** Where a call goes: for rate limits, progress, and the coverage gap if it fails. */
record CallSite(String accountId, String service, String region, String operation, String cluster, String resource) {
    static CallSite iam(String accountId, String operation, String resource) {
        return new CallSite(accountId, "iam", "global", operation, null, resource);
    }

    /**
     * A list call reveals the work that follows it (one describe per item), so it goes before the
     * calls already known: the busiest buckets are only known once every list is read.
     */
    boolean revealsWork() {
        return operation.startsWith("List");
    }

    static CallSite eks(String accountId, String region, String operation, String cluster, String resource) {
        return new CallSite(accountId, "eks", region, operation, cluster, resource);
    }

    static CallSite logs(String accountId, String region, String operation, String cluster, String resource) {
        return new CallSite(accountId, "logs", region, operation, cluster, resource);
    }
}
