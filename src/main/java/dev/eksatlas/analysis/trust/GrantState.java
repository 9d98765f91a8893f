package dev.eksatlas.analysis.trust;

/** Whether a grant can ever let a token in. */
public enum GrantState {
    /** Some token can match it. */
    ACTIVE,
    /** As written, no token can match it. */
    UNSATISFIABLE,
    /** An explicit Deny in the same policy takes it away. */
    DENIED
}
