package dev.eksatlas.analysis.catalog;

/** How urgent a finding is; declared from most to least urgent, which is also the sort order. */
public enum Severity {
    /** Broken access or access wider than intended: act now. */
    HIGH,
    /** A risk or a limit that will bite soon. */
    MEDIUM,
    /** Hygiene; worth fixing when nearby. */
    LOW,
    /** Context worth knowing; nothing to fix. */
    INFO
}
