package dev.eksatlas.domain;

/** How an account's scan ended. Only finished scans are ever stored. */
public enum ScanStatus {
    /** Everything planned was read. */
    COMPLETE,
    /** Finished, with coverage gaps. */
    PARTIAL,
    /**
     * Stored, but another scan of the same account ran at the same time and finished later, so that
     * one is the account's snapshot (a team inventory has several writers; added for ADR 0009).
     */
    SUPERSEDED
}
