package dev.eksatlas.simulator.http;

/** Errors every service can give, whatever it does; each protocol spells them its own way. */
public enum StandardError {
    /** No usable {@code Authorization} header. */
    MISSING_AUTHENTICATION,
    /** An access key the simulator does not know. */
    INVALID_ACCESS_KEY,
    /** Temporary credentials past their expiry. */
    EXPIRED_TOKEN,
    ACCESS_DENIED,
    THROTTLED,
    INTERNAL_FAILURE,
    SERVICE_UNAVAILABLE,
    UNKNOWN_OPERATION
}
