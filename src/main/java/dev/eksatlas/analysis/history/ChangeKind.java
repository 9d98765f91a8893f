package dev.eksatlas.analysis.history;

/** What happened to a thing between two snapshots. */
public enum ChangeKind {
    ADDED, REMOVED, CHANGED
}
