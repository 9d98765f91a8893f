package dev.eksatlas.analysis.policy;

/**
 * Names a statement for people: by its {@code Sid} when it has one, else by its position counted
 * from 1 (so {@code statement #1} is {@code Statement[0]}, or the only statement of an object form).
 */
public record StatementRef(int index, String sid) {

    public String label() {
        return sid == null || sid.isBlank() ? "statement #" + (index + 1) : "statement \"" + sid + "\"";
    }

    @Override
    public String toString() {
        return label();
    }
}
