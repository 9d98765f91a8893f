package dev.eksatlas.simulator.faults;

import dev.eksatlas.simulator.http.Delivery;
import dev.eksatlas.simulator.http.StandardError;

/** What faults make of one call: an error instead of the answer (or null), and how to deliver the answer. */
public record FaultDecision(StandardError error, Delivery delivery) {
    public static final FaultDecision NONE = new FaultDecision(null, Delivery.NORMAL);
}
