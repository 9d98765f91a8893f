package dev.eksatlas.domain;

import java.time.Instant;

/**
 * Whether a scan looked for stale service-account tokens in one cluster's audit log, and how it
 * went. A snapshot holds one per cluster when the scan was asked to check (the check is off by
 * default because CloudWatch Logs Insights bills per GB scanned) and none otherwise, so "not
 * checked" is never read as "no stale tokens". {@code windowStart}/{@code windowEnd} are the query's
 * time range; {@code bytesScanned} and {@code recordsMatched} are the query's statistics (0 when no
 * query ran).
 */
public record StaleTokenCheck(
        String accountId,
        String region,
        String clusterName,
        Status status,
        Instant windowStart,
        Instant windowEnd,
        long bytesScanned,
        long recordsMatched) {

    public enum Status {
        /** The guide's query ran to completion over the window. */
        CHECKED,
        /** The cluster does not send its {@code audit} control-plane log to CloudWatch Logs. */
        AUDIT_LOGGING_OFF,
        /** Audit logging is on but the log group {@code /aws/eks/<cluster>/cluster} was not there (yet). */
        NO_LOG_GROUP,
        /** CloudWatch Logs could not be read or the query did not complete (the snapshot has a coverage gap). */
        FAILED
    }

    /** {@code /aws/eks/<cluster>/cluster}, where EKS sends a cluster's control-plane logs. */
    public static String logGroupName(String clusterName) {
        return "/aws/eks/" + clusterName + "/cluster";
    }
}
