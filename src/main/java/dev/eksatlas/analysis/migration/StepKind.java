package dev.eksatlas.analysis.migration;

/** The steps of moving one service account from IRSA to Pod Identity, in the order they run. */
public enum StepKind {
    INSTALL_AGENT,
    ADD_POD_IDENTITY_TRUST,
    CREATE_ASSOCIATION,
    SWITCH_WORKLOAD,
    REMOVE_IRSA_TRUST
}
