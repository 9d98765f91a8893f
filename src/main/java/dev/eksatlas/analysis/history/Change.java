package dev.eksatlas.analysis.history;

import java.util.List;

/**
 * One thing that differs between two snapshots: its natural key, its records before and after
 * (null when added or removed), and for CHANGED what changed, as {@code field: old -> new} lines.
 */
public record Change<T>(ChangeKind kind, String key, T before, T after, List<String> details) {

    public Change {
        details = List.copyOf(details);
    }
}
