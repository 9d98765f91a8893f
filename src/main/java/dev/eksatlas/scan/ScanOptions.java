package dev.eksatlas.scan;

import java.time.Duration;

/**
 * What a scan reads besides the identity inventory. {@code staleTokens} turns on the stale
 * service-account token check: for each cluster with {@code audit} control-plane logging, one
 * CloudWatch Logs Insights query (the EKS user guide's) over the cluster's log group for the last
 * {@code staleTokenWindow}. It is off by default because Logs Insights is billed per GB of log data
 * scanned, and audit logs are large. {@code firstPoll} is the first wait before asking for the
 * query's results (doubling up to 5 s); {@code maxQueryWait} gives up on a query that has not completed.
 */
public record ScanOptions(boolean staleTokens, Duration staleTokenWindow, Duration firstPoll, Duration maxQueryWait) {
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    /** Logs Insights can query at most this far back in one query range it is asked for here. */
    public static final Duration MAX_WINDOW = Duration.ofDays(90);

    public ScanOptions {
        if (staleTokenWindow == null || staleTokenWindow.compareTo(Duration.ofMinutes(5)) < 0 || staleTokenWindow.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("The stale-token window must be between 5 minutes and 90 days");
        }
        if (firstPoll == null || firstPoll.isNegative() || firstPoll.isZero() || maxQueryWait == null || maxQueryWait.isNegative()) {
            throw new IllegalArgumentException("Query polling needs a positive first wait and a maximum wait");
        }
    }

    /** Identity inventory only: no CloudWatch Logs call at all. */
    public static ScanOptions defaults() {
        return new ScanOptions(false, DEFAULT_WINDOW, Duration.ofMillis(500), Duration.ofMinutes(15));
    }

    /** Also checks audit logs for stale tokens over {@code window} (billed per GB scanned). */
    public ScanOptions withStaleTokens(Duration window) {
        return new ScanOptions(true, window, firstPoll, maxQueryWait);
    }

    public ScanOptions withPolling(Duration first, Duration maxWait) {
        return new ScanOptions(staleTokens, staleTokenWindow, first, maxWait);
    }
}
