package dev.eksatlas.analysis.comparison;

/** Whether a cluster can move its workloads to EKS Pod Identity. */
public enum Readiness {
    READY, READY_WITH_WARNINGS, BLOCKED
}
