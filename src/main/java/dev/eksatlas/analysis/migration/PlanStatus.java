package dev.eksatlas.analysis.migration;

/** Whether a service account's move to Pod Identity can start. */
public enum PlanStatus {
    READY, READY_WITH_WARNINGS, BLOCKED
}
