package dev.eksatlas.domain;

/**
 * Something a scan could not read (access denied, throttled out, region not enabled, timed out).
 * Stored with the snapshot so that "could not see" is never shown as "nothing there".
 * {@code region} is {@code global} for IAM; {@code resource} names the cluster or role when the
 * gap is narrower than the whole service, else null.
 */
public record CoverageGap(
        String accountId,
        String region,
        String service,
        String operation,
        String resource,
        String errorCode,
        String message) {
}
