package dev.eksatlas.analysis.tokens;

/** What is known about a cluster's stale tokens, so that "not checked" is never shown as "none". */
public enum TokenCheckState {
    /** The scan was not asked to check (the switch is off by default: Logs Insights is billed per GB scanned). */
    NOT_CHECKED,
    /** The audit log was queried over the window. */
    CHECKED,
    /** The check was on, but the cluster does not send its audit log to CloudWatch Logs. */
    AUDIT_LOGGING_OFF,
    /** Audit logging is on, but its log group was not there (yet). */
    NO_LOG_GROUP,
    /** CloudWatch Logs could not be read or the query did not complete: see the coverage gaps. */
    FAILED;

    /** Whether the check was asked for and could not be made for lack of an audit log. */
    public boolean unavailable() {
        return this == AUDIT_LOGGING_OFF || this == NO_LOG_GROUP;
    }
}
