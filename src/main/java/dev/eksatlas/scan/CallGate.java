package dev.eksatlas.scan;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Every AWS call of a scan goes through here: it checks for cancel, waits for the account's (and
 * region's) request rate and a slot among the calls in flight, counts the call and reports
 * progress. Retries happen inside the SDK call, under the same slot.
 */
final class CallGate {
    private final ScanLimits limits;
    private final CancelSignal cancel;
    private final ScanListener listener;
    private final Semaphore inFlight;
    private final Map<String, RateLimiter> rates = new ConcurrentHashMap<>();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong planned = new AtomicLong();
    private final Map<String, AtomicLong> perAccount = new ConcurrentHashMap<>();

    CallGate(ScanLimits limits, CancelSignal cancel, ScanListener listener) {
        this.limits = limits;
        this.cancel = cancel;
        this.listener = listener;
        this.inFlight = new Semaphore(limits.maxInFlight(), true);
    }

    /** Adds calls the scan now knows it will make (the plan grows as lists come back). */
    void plan(long calls) {
        planned.addAndGet(calls);
    }

    <T> T call(CallSite site, Supplier<T> call) {
        checkCancelled();
        if (!rate(site).acquire()) {
            throw new ScanCancelledException();
        }
        checkCancelled();
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanCancelledException();
        }
        try {
            checkCancelled();
            return call.get();
        } finally {
            inFlight.release();
            perAccount.computeIfAbsent(site.accountId(), k -> new AtomicLong()).incrementAndGet();
            long n = done.incrementAndGet();
            listener.onProgress(new ScanProgress(n, Math.max(n, planned.get()), site.accountId(), site.region(),
                    site.cluster(), site.operation()));
        }
    }

    void checkCancelled() {
        if (cancel.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new ScanCancelledException();
        }
    }

    long callsMade() {
        return done.get();
    }

    long callsMade(String accountId) {
        AtomicLong n = perAccount.get(accountId);
        return n == null ? 0 : n.get();
    }

    private RateLimiter rate(CallSite site) {
        String key = site.accountId() + "/" + site.service() + "/" + (List.of("eks", "logs").contains(site.service()) ? site.region() : "");
        return rates.computeIfAbsent(key, k -> new RateLimiter(switch (site.service()) {
            case "iam" -> limits.iamCallsPerSecond();
            case "sts" -> limits.stsCallsPerSecond();
            // CloudWatch Logs allows 5 StartQuery and 5 GetQueryResults a second per account and region.
            case "logs" -> Math.min(5, limits.eksCallsPerSecond());
            default -> limits.eksCallsPerSecond();
        }));
    }
}
