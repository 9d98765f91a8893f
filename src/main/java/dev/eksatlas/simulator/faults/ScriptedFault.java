package dev.eksatlas.simulator.faults;

/** A fault tests can ask for on the next matching calls, whatever the knobs say. */
public enum ScriptedFault {
    THROTTLE,
    INTERNAL_ERROR,
    SERVICE_UNAVAILABLE,
    ACCESS_DENIED,
    /** The answer's connection is closed halfway through the body. */
    DROP_CONNECTION
}
