package dev.eksatlas.simulator.logs;

import dev.eksatlas.simulator.fleet.AuditLogEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One started Logs Insights query. Its status moves with the caller's polls: the first
 * GetQueryResults says {@code Scheduled}, the second {@code Running} (no rows yet), the third and
 * later {@code Complete} with every row, so a client must really poll. StopQuery before it completes
 * makes it {@code Cancelled} for good. Rows are newest first, as
 * Logs Insights returns them; the guide's {@code parse ... as subject, elapsedtime} gives the fields
 * {@code subject} and {@code elapsedtime}, the latter with the space that follows the colon in the
 * annotation (the pattern {@code threshold:*"} keeps it).
 */
final class InsightsQuery {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    /** Control-plane audit logs are large: about 43 MB a day for a busy cluster. */
    static final long BYTES_PER_SECOND = 500;
    private static final int EVENT_BYTES = 1_800;

    enum Status { Scheduled, Running, Complete, Cancelled }

    record Statistics(double recordsMatched, double recordsScanned, double bytesScanned) {
    }

    private final String accountId;
    private final String region;
    private final List<Map<String, String>> rows;
    private final Statistics statistics;
    private final AtomicInteger polls = new AtomicInteger();
    private boolean cancelled;

    InsightsQuery(String accountId, String region, String logStreamPrefix, List<AuditLogEvent> events, String queryString,
            long startSeconds, long endSeconds, int limit) {
        this.accountId = accountId;
        this.region = region;
        boolean parsed = queryString.contains("as subject, elapsedtime");
        Instant end = Instant.ofEpochSecond(endSeconds);
        List<Map<String, String>> matched = new ArrayList<>();
        for (AuditLogEvent e : events) {
            if (e.ageSeconds() > endSeconds - startSeconds) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            Instant at = end.minusSeconds(e.ageSeconds());
            row.put("@timestamp", TIMESTAMP.format(at));
            if (parsed) {
                row.put("subject", e.subject());
                row.put("elapsedtime", " " + e.elapsedSeconds());
            } else {
                row.put("@message", "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"annotations\":{"
                        + "\"authentication.k8s.io/stale-token\":\"" + e.annotation() + "\"}}");
            }
            row.put("@ptr", logStreamPrefix + "/" + at.toEpochMilli());
            matched.add(row);
        }
        this.rows = List.copyOf(matched.subList(0, Math.min(limit, matched.size())));
        double scanned = (double) (endSeconds - startSeconds) * BYTES_PER_SECOND;
        this.statistics = new Statistics(matched.size(), Math.floor(scanned / EVENT_BYTES), scanned);
    }

    boolean ownedBy(String account, String inRegion) {
        return accountId.equals(account) && region.equals(inRegion);
    }

    /** Counts this poll and says where the query now is. */
    synchronized Status poll() {
        if (cancelled) {
            return Status.Cancelled;
        }
        int n = polls.incrementAndGet();
        return n == 1 ? Status.Scheduled : n == 2 ? Status.Running : Status.Complete;
    }

    /** Cancels the query unless it has already ended; says whether it was cancelled. */
    synchronized boolean stop() {
        if (cancelled || polls.get() >= 3) {
            return false;
        }
        cancelled = true;
        return true;
    }

    synchronized boolean inProgress() {
        return !cancelled && polls.get() < 3;
    }

    List<Map<String, String>> rows() {
        return rows;
    }

    Statistics statistics() {
        return statistics;
    }
}
