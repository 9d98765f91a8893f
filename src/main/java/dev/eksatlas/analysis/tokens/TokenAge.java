package dev.eksatlas.analysis.tokens;

import java.time.Instant;

/**
 * How old a stale token is against the 90-day limit. EKS extends stale tokens to 90 days
 * (7,776,000 s) and the API server refuses requests whose {@code elapsedtime} exceeds that (EKS user
 * guide, "Service account tokens").
 */
public enum TokenAge {
    /** Past 90 days: the API server refuses the token. */
    REJECTED,
    /** Within the last 7 days before the refusal. */
    LAST_WEEK,
    /** Stale but more than a week from the refusal. */
    AGEING;

    public static final long REJECTED_AFTER_SECONDS = 7_776_000L;
    public static final long DAY = 86_400L;
    public static final long LAST_WEEK_FROM = REJECTED_AFTER_SECONDS - 7 * DAY;

    public static TokenAge of(long elapsedSeconds) {
        return elapsedSeconds > REJECTED_AFTER_SECONDS ? REJECTED : elapsedSeconds >= LAST_WEEK_FROM ? LAST_WEEK : AGEING;
    }

    /** Whole days left before the refusal, counted from when the token was seen; negative once past. */
    public static long daysLeft(long elapsedSeconds) {
        return Math.floorDiv(REJECTED_AFTER_SECONDS - elapsedSeconds, DAY);
    }

    /** When the token is (or was) refused if the pod keeps using it: seen time plus the seconds it had left. */
    public static Instant refusedAt(Instant seenAt, long elapsedSeconds) {
        return seenAt == null ? null : seenAt.plusSeconds(REJECTED_AFTER_SECONDS - elapsedSeconds);
    }
}
