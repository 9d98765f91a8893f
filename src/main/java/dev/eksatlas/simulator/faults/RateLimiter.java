package dev.eksatlas.simulator.faults;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Token buckets per account, service and region, as AWS limits request rates: a bucket holds up to
 * one second's worth of requests (at least one) and refills continuously.
 */
final class RateLimiter {
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    boolean tryAcquire(CallTarget target, double ratePerSecond, long nowNanos) {
        String key = target.accountId() + '/' + target.service() + '/' + target.region();
        return buckets.computeIfAbsent(key, k -> new Bucket(nowNanos)).tryTake(ratePerSecond, nowNanos);
    }

    void reset() {
        buckets.clear();
    }

    private static final class Bucket {
        private double tokens = -1;
        private long last;

        Bucket(long now) {
            this.last = now;
        }

        synchronized boolean tryTake(double rate, long now) {
            double capacity = Math.max(1, rate);
            tokens = tokens < 0 ? capacity : Math.min(capacity, tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
