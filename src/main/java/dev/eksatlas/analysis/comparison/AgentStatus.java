package dev.eksatlas.analysis.comparison;

/** The {@code eks-pod-identity-agent} as a cluster has it. */
public enum AgentStatus {
    /** The add-on is installed and ACTIVE. */
    ACTIVE,
    /** The add-on is installed but not ACTIVE (creating, updating, degraded, failed). */
    NOT_ACTIVE,
    /** No add-on (a self-managed agent would not show). */
    MISSING,
    /** EKS Auto Mode has the agent built in. */
    BUILT_IN,
    /** The cluster's add-ons could not be read. */
    UNKNOWN
}
