package dev.eksatlas.scan;

import dev.eksatlas.domain.StaleTokenObservation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResultField;

/**
 * The EKS user guide's Logs Insights query for stale service-account tokens ("Service account
 * tokens") and the reading of its rows. The API server annotates audit events of requests made with
 * a token older than an hour with {@code authentication.k8s.io/stale-token}, whose value is
 * {@code subject: system:serviceaccount:<ns>:<sa>, seconds after warning threshold: <n>}.
 */
final class StaleTokenQuery {
    static final String QUERY = """
            fields @timestamp
            |filter @logStream like /kube-apiserver-audit/
            |filter @message like /seconds after warning threshold/
            |parse @message "subject: *, seconds after warning threshold:*\\"" as subject, elapsedtime""";
    /** The most rows one query may return (StartQuery's {@code limit} accepts up to 10,000 without paging). */
    static final int ROW_LIMIT = 10_000;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private StaleTokenQuery() {
    }

    /**
     * One observation per row that has a subject and a number of seconds; {@code elapsedtime} keeps
     * the space after the annotation's colon, so it is stripped. Rows without both are skipped.
     */
    static List<StaleTokenObservation> read(String accountId, String region, String cluster, List<List<ResultField>> rows) {
        List<StaleTokenObservation> out = new ArrayList<>(rows.size());
        for (List<ResultField> row : rows) {
            String subject = null;
            String elapsed = null;
            Instant seenAt = null;
            for (ResultField f : row) {
                switch (f.field()) {
                    case "subject" -> subject = f.value() == null ? null : f.value().strip();
                    case "elapsedtime" -> elapsed = f.value() == null ? null : f.value().strip();
                    case "@timestamp" -> seenAt = timestamp(f.value());
                    default -> { }
                }
            }
            Long seconds = seconds(elapsed);
            if (subject != null && !subject.isEmpty() && seconds != null) {
                out.add(new StaleTokenObservation(accountId, region, cluster, subject, seconds, seenAt));
            }
        }
        return out;
    }

    private static Long seconds(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Logs Insights shows {@code @timestamp} as {@code 2026-11-27 10:15:30.123} in UTC. */
    private static Instant timestamp(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), TIMESTAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
