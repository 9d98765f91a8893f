package dev.eksatlas.simulator.faults;

/** A fault tests can ask for on the next matching calls, whatever the knobs say. */
public enum ScriptedFault {
    THROTTLE,
    INTERNAL_ERROR,
    SERVICE_UNAVAILABLE,
    ACCESS_DENIED,
    /** The answer's connection is closed halfway through the body. */
    DROP_CONNECTION,
    /** Nothing is sent for the stall time (the slow-answer pause of the knobs), then the answer. */
    STALL,
    /** Status 200 with a body that is neither JSON nor XML. */
    MALFORMED_BODY,
    /** A well-framed answer holding only the first half of the document. */
    TRUNCATED_BODY,
    /** A body that never ends: the document's start, then filler until the client hangs up. */
    ENDLESS_BODY,
    /** A body declared (and sent) as a gibibyte, until the client hangs up. */
    GIGANTIC_BODY
}
