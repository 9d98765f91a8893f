package dev.eksatlas.scan;

import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.StaleTokenCheck;
import dev.eksatlas.domain.StaleTokenObservation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryStatus;

/**
 * The stale-token check of one region of one account: which {@code /aws/eks/} log groups exist
 * (DescribeLogGroups, all pages), then for every cluster with {@code audit} logging the guide's
 * Logs Insights query over the window, polled with backoff until it completes. Every cluster gets a
 * {@link StaleTokenCheck} saying what happened; what could not be read is also a coverage gap.
 */
final class StaleTokenScanner {
    private static final Duration LONGEST_POLL = Duration.ofSeconds(5);
    private static final long CANCEL_SLICE_MS = 50;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(StaleTokenScanner.class.getName());

    private final CallGate gate;
    private final ExecutorService executor;
    private final ScanOptions options;
    private final Clock clock;

    StaleTokenScanner(CallGate gate, ExecutorService executor, ScanOptions options, Clock clock) {
        this.gate = gate;
        this.executor = executor;
        this.options = options;
        this.clock = clock;
    }

    record Result(List<StaleTokenObservation> observations, List<StaleTokenCheck> checks) {
    }

    private record ClusterResult(List<StaleTokenObservation> observations, StaleTokenCheck check) {
    }

    Result scan(CloudWatchLogsClient logs, String accountId, String region, List<EksCluster> clusters, Coverage coverage) {
        Instant end = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant start = end.minus(options.staleTokenWindow());
        List<EksCluster> audited = clusters.stream().filter(EksCluster::auditLoggingEnabled).toList();
        Set<String> groups = audited.isEmpty() ? Set.of() : logGroups(logs, accountId, region, coverage);
        List<Future<ClusterResult>> futures = new ArrayList<>();
        for (EksCluster c : clusters) {
            futures.add(executor.submit(() -> cluster(logs, c, groups, start, end, coverage)));
        }
        List<StaleTokenObservation> observations = new ArrayList<>();
        List<StaleTokenCheck> checks = new ArrayList<>();
        for (ClusterResult r : Futures.joinAll(futures)) {
            observations.addAll(r.observations());
            checks.add(r.check());
        }
        return new Result(observations, checks);
    }

    /** The names of the region's EKS log groups, or null when they could not be listed (a gap is recorded). */
    private Set<String> logGroups(CloudWatchLogsClient logs, String accountId, String region, Coverage coverage) {
        CallSite site = CallSite.logs(accountId, region, "DescribeLogGroups", null, null);
        gate.plan(1);
        return coverage.read(site, () -> {
            Set<String> names = new HashSet<>();
            var pages = logs.describeLogGroupsPaginator(r -> r.logGroupNamePrefix("/aws/eks/").limit(50)).iterator();
            while (pages.hasNext()) {
                gate.call(site, pages::next).logGroups().stream().map(LogGroup::logGroupName).forEach(names::add);
            }
            return names;
        }, null);
    }

    private ClusterResult cluster(CloudWatchLogsClient logs, EksCluster c, Set<String> groups, Instant start, Instant end, Coverage coverage) {
        if (!c.auditLoggingEnabled()) {
            return new ClusterResult(List.of(), check(c, StaleTokenCheck.Status.AUDIT_LOGGING_OFF, null, null, 0, 0));
        }
        if (groups == null) {
            return new ClusterResult(List.of(), check(c, StaleTokenCheck.Status.FAILED, start, end, 0, 0));
        }
        String group = StaleTokenCheck.logGroupName(c.name());
        if (!groups.contains(group)) {
            return new ClusterResult(List.of(), check(c, StaleTokenCheck.Status.NO_LOG_GROUP, start, end, 0, 0));
        }
        CallSite startSite = CallSite.logs(c.accountId(), c.region(), "StartQuery", c.name(), group);
        gate.plan(3);
        // To the end: a query AWS started must have its id read, or a cancel could not stop it.
        String queryId = coverage.read(startSite, () -> gate.call(startSite, () -> ToTheEnd.call(() -> logs.startQuery(r -> r
                .logGroupName(group).startTime(start.getEpochSecond()).endTime(end.getEpochSecond())
                .queryString(StaleTokenQuery.QUERY).limit(StaleTokenQuery.ROW_LIMIT)).queryId())), null);
        if (queryId == null) {
            return new ClusterResult(List.of(), check(c, StaleTokenCheck.Status.FAILED, start, end, 0, 0));
        }
        CallSite pollSite = CallSite.logs(c.accountId(), c.region(), "GetQueryResults", c.name(), group);
        GetQueryResultsResponse done = coverage.read(pollSite, () -> poll(logs, pollSite, queryId), null);
        if (done == null || done.status() != QueryStatus.COMPLETE) {
            if (done != null) {
                coverage.record(pollSite, "Query" + done.statusAsString(), "The Logs Insights query " + queryId + " ended "
                        + done.statusAsString() + " instead of Complete");
            }
            return new ClusterResult(List.of(), check(c, StaleTokenCheck.Status.FAILED, start, end, 0, 0));
        }
        List<StaleTokenObservation> seen = StaleTokenQuery.read(c.accountId(), c.region(), c.name(), done.results());
        long matched = done.statistics() == null || done.statistics().recordsMatched() == null ? seen.size()
                : Math.round(done.statistics().recordsMatched());
        long bytes = done.statistics() == null || done.statistics().bytesScanned() == null ? 0 : Math.round(done.statistics().bytesScanned());
        if (matched > done.results().size()) {
            coverage.record(pollSite, "ResultsTruncated", "The query matched " + matched + " audit events; only the "
                    + done.results().size() + " newest were read. Shorten the window.");
        }
        return new ClusterResult(seen, check(c, StaleTokenCheck.Status.CHECKED, start, end, bytes, matched));
    }

    /**
     * Asks for the results with a doubling wait until the query is no longer Scheduled or Running, or
     * the wait runs out. A query the scan stops waiting for (cancel, or the wait ran out) is stopped:
     * Logs Insights would otherwise run it on, scanning and billing up to the whole window.
     */
    private GetQueryResultsResponse poll(CloudWatchLogsClient logs, CallSite site, String queryId) {
        Instant giveUp = clock.instant().plus(options.maxQueryWait());
        Duration wait = options.firstPoll();
        try {
            while (true) {
                pause(wait);
                GetQueryResultsResponse r = gate.call(site, () -> logs.getQueryResults(q -> q.queryId(queryId)));
                if (r.status() != QueryStatus.SCHEDULED && r.status() != QueryStatus.RUNNING) {
                    return r;
                }
                if (clock.instant().isAfter(giveUp)) {
                    stop(logs, queryId);
                    throw SdkClientException.create("The Logs Insights query " + queryId + " was still " + r.statusAsString()
                            + " after " + options.maxQueryWait().toSeconds() + " s; it was stopped");
                }
                gate.plan(1);
                wait = wait.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : wait.multipliedBy(2);
            }
        } catch (ScanCancelledException e) {
            stop(logs, queryId);
            throw e;
        }
    }

    /**
     * StopQuery, once, outside the gate: it must go out after a cancel too (hence {@link ToTheEnd}),
     * and is not worth waiting long for. A query that ended meanwhile answers
     * InvalidParameterException ("not running"), which is fine.
     */
    private static void stop(CloudWatchLogsClient logs, String queryId) {
        try {
            ToTheEnd.call(() -> logs.stopQuery(r -> r.queryId(queryId).overrideConfiguration(o -> o.apiCallTimeout(STOP_TIMEOUT))));
        } catch (SdkException e) {
            LOG.log(Level.FINE, "StopQuery " + queryId + " failed; the query may have ended", e);
        }
    }

    /** Sleeps in short slices so that a cancel is seen within a fraction of a second. */
    private void pause(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        while (true) {
            gate.checkCancelled();
            long left = until - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                Thread.sleep(Math.min(CANCEL_SLICE_MS, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScanCancelledException();
            }
        }
    }

    private static StaleTokenCheck check(EksCluster c, StaleTokenCheck.Status status, Instant start, Instant end, long bytes, long matched) {
        return new StaleTokenCheck(c.accountId(), c.region(), c.name(), status, start, end, bytes, matched);
    }
}
