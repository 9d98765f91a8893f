package dev.eksatlas.ui.roles;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy pretty-printed and cut into parts: the text around the statements, and each statement
 * with its index in document order ({@code Statement[i]}, 0 for a lone statement object).
 * Joined, the parts are the whole pretty-printed policy.
 */
public record PrintedPolicy(List<Part> parts, boolean parsed) {

    /**
     * A piece of the text; {@code statement} is -1 outside the statements. A statement's lines
     * after the first start with {@code indent}, its depth in the document.
     */
    public record Part(String text, int statement, String indent) {
        public boolean isStatement() {
            return statement >= 0;
        }

        /** The statement as if printed on its own, at the left margin. */
        public String dedented() {
            return indent.isEmpty() ? text : text.replace("\n" + indent, "\n");
        }
    }

    public PrintedPolicy {
        parts = List.copyOf(parts);
    }

    public String text() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }
}
