package dev.eksatlas.simulator.fleet;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

/** Identifiers and timestamps drawn from the fleet's seeded generator, in the formats AWS uses. */
final class Ids {
    private static final String HEX = "0123456789abcdef";
    private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final RandomGenerator rng;
    private final Instant now;

    Ids(RandomGenerator rng, Instant now) {
        this.rng = rng;
        this.now = now;
    }

    RandomGenerator rng() {
        return rng;
    }

    Instant now() {
        return now;
    }

    String hex(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(HEX.charAt(rng.nextInt(16)));
        }
        return b.toString();
    }

    /** An OIDC issuer ID: 32 upper-case hex digits, as EKS makes them. */
    String issuerId() {
        return hex(32).toUpperCase(java.util.Locale.ROOT);
    }

    /** A Pod Identity association ID: {@code a-} and 17 lower-case letters and digits. */
    String associationId() {
        StringBuilder b = new StringBuilder("a-");
        for (int i = 0; i < 17; i++) {
            b.append(LOWER_ALNUM.charAt(rng.nextInt(LOWER_ALNUM.length())));
        }
        return b.toString();
    }

    String uuid() {
        return hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12);
    }

    /** A time between {@code from} and now, to the millisecond (EKS timestamps carry milliseconds). */
    Instant between(Instant from, Instant to) {
        long span = Math.max(1, Duration.between(from, to).toMillis());
        return from.plusMillis(rng.nextLong(span)).truncatedTo(ChronoUnit.MILLIS);
    }

    Instant daysAgo(int minDays, int maxDays) {
        return between(now.minus(Duration.ofDays(maxDays)), now.minus(Duration.ofDays(minDays)));
    }

    boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + rng.nextInt(highInclusive - lowInclusive + 1);
    }

    <T> T pick(java.util.List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }
}
