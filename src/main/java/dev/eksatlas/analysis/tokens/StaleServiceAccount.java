package dev.eksatlas.analysis.tokens;

import java.time.Instant;

/**
 * One service account of one cluster seen using a stale token: the largest elapsed time seen
 * ({@code elapsedSeconds}, "seconds after warning threshold"), when that was, the days it had left
 * then, when the API server refuses it if nothing changes, and what to do.
 * {@code namespace}/{@code serviceAccount} are null when the subject is not {@code system:serviceaccount:<ns>:<sa>}.
 */
public record StaleServiceAccount(
        String accountId,
        String region,
        String cluster,
        String subject,
        String namespace,
        String serviceAccount,
        long elapsedSeconds,
        Instant seenAt,
        int sightings,
        TokenAge age,
        long daysLeft,
        Instant refusedAt,
        String remedy) {
}
