package dev.eksatlas.simulator.faults;

import dev.eksatlas.simulator.http.Delivery;
import dev.eksatlas.simulator.http.StandardError;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides, per call, on added latency, access denial, throttling, random failures and slow or dropped
 * answers. Faults are random by nature; the fleet's content never is.
 */
public final class FaultInjector {
    private final AtomicReference<SimulatorKnobs> knobs;
    private final RateLimiter limiter = new RateLimiter();
    private final ConcurrentLinkedQueue<Scripted> scripted = new ConcurrentLinkedQueue<>();
    private final AtomicLong failures = new AtomicLong();

    public FaultInjector(SimulatorKnobs initial) {
        this.knobs = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    public SimulatorKnobs knobs() {
        return knobs.get();
    }

    public void setKnobs(SimulatorKnobs next) {
        knobs.set(Objects.requireNonNull(next));
        limiter.reset();
    }

    /** The next {@code count} calls of {@code operation} (any operation when null) get {@code fault}. */
    public void scriptNext(ScriptedFault fault, int count, String operation) {
        scripted.add(new Scripted(fault, operation, new AtomicInteger(count)));
    }

    public void clearScripted() {
        scripted.clear();
    }

    /** Sleeps the added latency, then decides. */
    public FaultDecision decide(CallTarget target) {
        SimulatorKnobs k = knobs.get();
        sleepLatency(k);
        ScriptedFault forced = takeScripted(target);
        if (forced != null) {
            return fromScripted(forced, k);
        }
        for (DenyRule rule : k.deny()) {
            if (!("global".equals(target.region()) && rule.region() != null) && rule.matches(target)) {
                return new FaultDecision(StandardError.ACCESS_DENIED, Delivery.NORMAL);
            }
        }
        if (k.throttleRps() > 0 && !limiter.tryAcquire(target, k.throttleRps(), System.nanoTime())) {
            return new FaultDecision(StandardError.THROTTLED, Delivery.NORMAL);
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (k.failRate() > 0 && random.nextDouble() < k.failRate()) {
            return new FaultDecision(failures.getAndIncrement() % 2 == 0
                    ? StandardError.INTERNAL_FAILURE : StandardError.SERVICE_UNAVAILABLE, Delivery.NORMAL);
        }
        if (k.dropShare() > 0 && random.nextDouble() < k.dropShare()) {
            return new FaultDecision(null, Delivery.DROP);
        }
        if (k.slowShare() > 0 && random.nextDouble() < k.slowShare()) {
            return new FaultDecision(null, Delivery.slow(k.slowPause()));
        }
        return FaultDecision.NONE;
    }

    private static FaultDecision fromScripted(ScriptedFault fault, SimulatorKnobs k) {
        return switch (fault) {
            case THROTTLE -> new FaultDecision(StandardError.THROTTLED, Delivery.NORMAL);
            case INTERNAL_ERROR -> new FaultDecision(StandardError.INTERNAL_FAILURE, Delivery.NORMAL);
            case SERVICE_UNAVAILABLE -> new FaultDecision(StandardError.SERVICE_UNAVAILABLE, Delivery.NORMAL);
            case ACCESS_DENIED -> new FaultDecision(StandardError.ACCESS_DENIED, Delivery.NORMAL);
            case DROP_CONNECTION -> new FaultDecision(null, Delivery.DROP);
            case STALL -> new FaultDecision(null, Delivery.stall(k.slowPause()));
            case MALFORMED_BODY -> new FaultDecision(null, Delivery.of(Delivery.Kind.MALFORMED));
            case TRUNCATED_BODY -> new FaultDecision(null, Delivery.of(Delivery.Kind.TRUNCATED));
            case ENDLESS_BODY -> new FaultDecision(null, Delivery.of(Delivery.Kind.ENDLESS));
            case GIGANTIC_BODY -> new FaultDecision(null, Delivery.of(Delivery.Kind.GIGANTIC));
        };
    }

    private ScriptedFault takeScripted(CallTarget target) {
        for (Iterator<Scripted> it = scripted.iterator(); it.hasNext(); ) {
            Scripted s = it.next();
            if (s.operation() == null || s.operation().equalsIgnoreCase(target.operation())) {
                int left = s.remaining().getAndDecrement();
                if (left <= 1) {
                    it.remove();
                }
                if (left >= 1) {
                    return s.fault();
                }
            }
        }
        return null;
    }

    private static void sleepLatency(SimulatorKnobs k) {
        long millis = k.latency().toMillis();
        long jitter = k.jitter().toMillis();
        if (jitter > 0) {
            millis += ThreadLocalRandom.current().nextLong(jitter + 1);
        }
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Scripted(ScriptedFault fault, String operation, AtomicInteger remaining) {
    }
}
