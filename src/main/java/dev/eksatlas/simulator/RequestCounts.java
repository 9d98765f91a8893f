package dev.eksatlas.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests the simulator answered, by operation ({@code eks:ListClusters}) and by outcome: {@code ok},
 * or the error code sent ({@code ThrottlingException}, {@code NoSuchEntity}, ...), or {@code dropped}.
 * Tests and benchmarks read it; {@link #reset()} starts over.
 */
public final class RequestCounts {
    private final ConcurrentHashMap<String, LongAdder> byOperation = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> byOutcome = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    void record(String service, String operation, String outcome) {
        String op = service + ":" + operation;
        byOperation.computeIfAbsent(op, k -> new LongAdder()).increment();
        byOutcome.computeIfAbsent(op + " " + outcome, k -> new LongAdder()).increment();
        total.increment();
    }

    public long total() {
        return total.sum();
    }

    /** Requests for one operation, e.g. {@code count("eks", "ListClusters")}. */
    public long count(String service, String operation) {
        LongAdder n = byOperation.get(service + ":" + operation);
        return n == null ? 0 : n.sum();
    }

    /** Requests for one operation with one outcome, e.g. {@code count("iam", "GetRole", "Throttling")}. */
    public long count(String service, String operation, String outcome) {
        LongAdder n = byOutcome.get(service + ":" + operation + " " + outcome);
        return n == null ? 0 : n.sum();
    }

    /** All counts by operation, sorted. */
    public Map<String, Long> byOperation() {
        Map<String, Long> out = new TreeMap<>();
        byOperation.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** All counts by operation and outcome ({@code "eks:ListClusters ok"}), sorted. */
    public Map<String, Long> byOutcome() {
        Map<String, Long> out = new TreeMap<>();
        byOutcome.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public void reset() {
        byOperation.clear();
        byOutcome.clear();
        total.reset();
    }
}
