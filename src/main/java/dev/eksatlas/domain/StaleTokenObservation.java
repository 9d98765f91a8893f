package dev.eksatlas.domain;

import java.time.Instant;

/**
 * A stale service-account token seen in a cluster's audit log. {@code subject} is e.g.
 * {@code system:serviceaccount:common:fluent-bit}; {@code secondsAfterThreshold} is the API
 * server's "seconds after warning threshold". EKS rejects such tokens after 90 days (7,776,000 s).
 */
public record StaleTokenObservation(
        String accountId,
        String region,
        String clusterName,
        String subject,
        long secondsAfterThreshold,
        Instant seenAt) {
}
