package dev.eksatlas.analysis.comparison;

/** The six points on which the EKS user guide compares IRSA and Pod Identity, in the guide's order. */
public enum RowKey {
    ROLE_EXTENSIBILITY,
    CLUSTER_SCALABILITY,
    ROLE_SCALABILITY,
    ROLE_REUSABILITY,
    SUPPORTED_ENVIRONMENTS,
    SUPPORTED_VERSIONS
}
