package dev.eksatlas.analysis.policy;

import java.util.List;
import java.util.Locale;

/**
 * One key under one operator of a statement's {@code Condition} block. Several values of one key
 * are alternatives (OR); several clauses of a statement must all hold (AND). Condition key names
 * are case-insensitive in IAM, so {@link #keyLower()} is what comparisons use.
 */
public record ConditionClause(ConditionOperator operator, String key, List<String> values) {

    public ConditionClause {
        values = List.copyOf(values);
    }

    public String keyLower() {
        return key.toLowerCase(Locale.ROOT);
    }

    /** The clause in IAM's own notation, e.g. {@code StringLike "x:sub": ["a","b"]}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(operator.name()).append(" \"").append(key).append("\": ");
        if (values.size() == 1) {
            return sb.append('"').append(values.getFirst()).append('"').toString();
        }
        sb.append('[');
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(values.get(i)).append('"');
        }
        return sb.append(']').toString();
    }
}
