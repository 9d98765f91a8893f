package dev.eksatlas.analysis.migration;

import dev.eksatlas.analysis.catalog.FindingText;

/** A blocker, warning or hint on a plan, with a stable code and its text (English and keyed). */
public record PlanNote(Kind kind, String code, FindingText message) {

    public enum Kind {
        BLOCKER, WARNING, HINT
    }

    /** The note in English, as reports write it. */
    public String text() {
        return message.english();
    }

    static PlanNote blocker(String code, FindingText text) {
        return new PlanNote(Kind.BLOCKER, code, text);
    }

    static PlanNote warning(String code, FindingText text) {
        return new PlanNote(Kind.WARNING, code, text);
    }

    static PlanNote hint(String code, FindingText text) {
        return new PlanNote(Kind.HINT, code, text);
    }
}
