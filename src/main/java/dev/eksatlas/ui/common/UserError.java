package dev.eksatlas.ui.common;

/**
 * An error as the user reads it: what went wrong and how to fix it, in plain words from the
 * bundles, and the technical detail, shown only behind a "Details" expander.
 */
public record UserError(String summary, String fix, String details) {

    public UserError {
        details = details == null ? "" : details;
    }

    /** The causes of a failure, one per line, each with its type: what support needs, never shown unasked. */
    public static String detailsOf(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return out.toString();
    }
}
