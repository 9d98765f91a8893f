package dev.eksatlas.analysis.policy;

import java.util.List;

/**
 * A statement's {@code Action} or, when {@code not} is set, its {@code NotAction}. Action names
 * are case-insensitive and may carry wildcards ({@code sts:*}, {@code *}, {@code sts:AssumeRole*}).
 */
public record ActionSet(List<String> patterns, boolean not) {

    public ActionSet {
        patterns = List.copyOf(patterns);
    }

    /** Whether the statement covers {@code action}. */
    public boolean covers(String action) {
        boolean listed = patterns.stream().anyMatch(p -> Glob.matches(p.strip(), action, true));
        return not != listed;
    }

    /** {@code *} or {@code sts:*}: every action of STS. */
    public boolean allOfSts() {
        return !not && patterns.stream().map(String::strip).anyMatch(p -> p.equals("*") || p.equalsIgnoreCase("sts:*"));
    }
}
