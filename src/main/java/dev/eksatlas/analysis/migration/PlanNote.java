package dev.eksatlas.analysis.migration;

/** A blocker, warning or hint on a plan, with a stable code for localised texts. */
public record PlanNote(Kind kind, String code, String text) {

    public enum Kind {
        BLOCKER, WARNING, HINT
    }

    static PlanNote blocker(String code, String text) {
        return new PlanNote(Kind.BLOCKER, code, text);
    }

    static PlanNote warning(String code, String text) {
        return new PlanNote(Kind.WARNING, code, text);
    }

    static PlanNote hint(String code, String text) {
        return new PlanNote(Kind.HINT, code, text);
    }
}
