package dev.eksatlas.analysis.policy;

/** Three-valued logic: what a condition does for a request we only partly know. */
public enum Truth {
    TRUE, FALSE, UNKNOWN;

    public Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
    }

    public Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
    }

    public Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    public static Truth of(boolean b) {
        return b ? TRUE : FALSE;
    }
}
