package dev.eksatlas.scan;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A smooth rate limiter: each permit is scheduled 1/rate after the previous one, so calls are
 * spread evenly instead of arriving in bursts that AWS would throttle.
 */
final class RateLimiter {
    private final long intervalNanos;
    private long nextFree;

    RateLimiter(double permitsPerSecond) {
        this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) / permitsPerSecond);
        this.nextFree = System.nanoTime();
    }

    /** Waits for a permit; returns false if the thread was interrupted while waiting. */
    boolean acquire() {
        long wakeAt;
        synchronized (this) {
            long now = System.nanoTime();
            wakeAt = Math.max(now, nextFree);
            nextFree = wakeAt + intervalNanos;
        }
        long wait;
        while ((wait = wakeAt - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
