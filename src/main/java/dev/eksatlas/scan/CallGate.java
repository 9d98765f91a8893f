package dev.eksatlas.scan;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Every AWS call of a scan goes through here: it checks for cancel, waits for a turn in its bucket,
 * the bucket's request rate and a slot among the calls in flight (shared by backlog, see
 * {@link CallSlots}), counts the call and reports progress. Retries happen inside the SDK call,
 * under the same slot, paced by {@link RetryPacer}.
 */
final class CallGate {
    private final ScanLimits limits;
    private final CancelSignal cancel;
    private final ScanListener listener;
    private final CallSlots inFlight;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong planned = new AtomicLong();
    private final Map<String, AtomicLong> perAccount = new ConcurrentHashMap<>();

    CallGate(ScanLimits limits, CancelSignal cancel, ScanListener listener) {
        this.limits = limits;
        this.cancel = cancel;
        this.listener = listener;
        this.inFlight = new CallSlots(limits.maxInFlight());
    }

    /** Adds calls the scan now knows it will make (the plan grows as lists come back). */
    void plan(long calls) {
        planned.addAndGet(calls);
    }

    <T> T call(CallSite site, Supplier<T> call) {
        checkCancelled();
        Bucket bucket = bucket(site);
        bucket.backlog.incrementAndGet();
        try {
            bucket.turns.acquire();
            try {
                return callWithTurn(site, bucket, call);
            } finally {
                bucket.turns.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanCancelledException();
        } finally {
            bucket.backlog.decrementAndGet();
        }
    }

    private <T> T callWithTurn(CallSite site, Bucket bucket, Supplier<T> call) throws InterruptedException {
        if (!bucket.rate.acquire()) {
            throw new ScanCancelledException();
        }
        checkCancelled();
        inFlight.acquire(bucket.backlogSize, site.revealsWork());
        try {
            checkCancelled();
            return ScopedValue.where(RetryPacer.CURRENT_RATE, bucket.rate).call(call::get);
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

    private Bucket bucket(CallSite site) {
        String key = site.accountId() + "/" + site.service() + "/" + (List.of("eks", "logs").contains(site.service()) ? site.region() : "");
        return buckets.computeIfAbsent(key, k -> new Bucket(switch (site.service()) {
            case "iam" -> limits.iamCallsPerSecond();
            case "sts" -> limits.stsCallsPerSecond();
            // CloudWatch Logs allows 5 StartQuery and 5 GetQueryResults a second per account and region.
            case "logs" -> Math.min(5, limits.eksCallsPerSecond());
            default -> limits.eksCallsPerSecond();
        }));
    }

    /**
     * What AWS rate-limits (an account's IAM or STS, an account's EKS in one region): its rate, its
     * calls not yet done (the backlog that sets its share of the slots), and its turns. A call takes a turn
     * before its rate permit and keeps it until done, so a bucket waiting for slots holds at most
     * that many permits: when the slots come, AWS sees a burst no larger than that, which its
     * burst allowance absorbs. The turns allow the bucket's full rate at up to half a second a call.
     */
    private static final class Bucket {
        final RateLimiter rate;
        final AtomicLong backlog = new AtomicLong();
        final LongSupplier backlogSize = backlog::get;
        final Semaphore turns;

        Bucket(double callsPerSecond) {
            this.rate = new RateLimiter(callsPerSecond);
            this.turns = new Semaphore(Math.max(4, (int) Math.ceil(callsPerSecond * 0.5)));
        }
    }
}
