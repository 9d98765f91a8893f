package dev.eksatlas.domain;

/** How an account's scan ended. Only COMPLETE and PARTIAL snapshots are ever stored. */
public enum ScanStatus {
    /** Everything planned was read. */
    COMPLETE,
    /** Finished, with coverage gaps. */
    PARTIAL
}
