package dev.eksatlas.scan;

/** Where a call goes: for rate limits, progress, and the coverage gap if it fails. */
record CallSite(String accountId, String service, String region, String operation, String cluster, String resource) {
    static CallSite iam(String accountId, String operation, String resource) {
        return new CallSite(accountId, "iam", "global", operation, null, resource);
    }

    static CallSite eks(String accountId, String region, String operation, String cluster, String resource) {
        return new CallSite(accountId, "eks", region, operation, cluster, resource);
    }

    static CallSite logs(String accountId, String region, String operation, String cluster, String resource) {
        return new CallSite(accountId, "logs", region, operation, cluster, resource);
    }
}
