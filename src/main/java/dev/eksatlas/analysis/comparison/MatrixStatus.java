package dev.eksatlas.analysis.comparison;

/** How one service account (or subject pattern) of a cluster gets its credentials. */
public enum MatrixStatus {
    /** IRSA grants name it; no association. */
    IRSA_ONLY,
    /** An association with a working role; no IRSA grant names it. */
    POD_IDENTITY_ONLY,
    /** Both: the SDK credential chain tries IRSA (web identity) first, so IRSA wins while the annotation is there. */
    BOTH_IRSA_WINS,
    /** A glob or subject-less grant: not one service account but every one it matches. */
    WILDCARD_GRANT,
    /** Only grants that cannot work (never match, denied, or their provider is missing). */
    IRSA_BROKEN,
    /** An association whose role or target role cannot be assumed. */
    ASSOCIATION_BROKEN,
    /** An association in a namespace a Fargate profile selects: those pods get nothing from it. */
    ASSOCIATION_ON_FARGATE
}
