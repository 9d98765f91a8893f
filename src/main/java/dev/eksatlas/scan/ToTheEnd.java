package dev.eksatlas.scan;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs an AWS call on a thread of its own and waits for it to finish. A cancel interrupts the
 * scan's threads, and an interrupt arriving mid-request aborts the call after AWS may have acted
 * on it: a Logs Insights query started but its id never read could not be stopped. The caller's
 * interrupt is kept and set again afterwards; the call itself is bounded by the client's timeouts.
 * The gate's rate for retries goes along (scoped values are not inherited by a started thread).
 */
final class ToTheEnd {
    private ToTheEnd() {
    }

    static <T> T call(Supplier<T> call) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        // The gate's rate, if bound here, paces the call's retries on the new thread too (RetryPacer).
        RateLimiter rate = RetryPacer.CURRENT_RATE.isBound() ? RetryPacer.CURRENT_RATE.get() : null;
        Thread worker = Thread.ofVirtual().name("aws-call-to-the-end").start(() -> {
            try {
                result.set(rate == null ? call.get() : ScopedValue.where(RetryPacer.CURRENT_RATE, rate).call(call::get));
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        boolean interrupted = Thread.interrupted();
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
