package dev.eksatlas.analysis.comparison;

/** What a comparison row means for this cluster. */
public enum RowVerdict {
    /** Pod Identity removes a limit or a cost IRSA has here. */
    FAVOURS_POD_IDENTITY,
    /** Some workloads here need IRSA (e.g. Fargate pods). */
    FAVOURS_IRSA,
    /** No difference that matters here. */
    NEUTRAL,
    /** Something must be done before Pod Identity works here. */
    NEEDS_ACTION,
    /** Pod Identity cannot work here as things are. */
    BLOCKS_POD_IDENTITY
}
