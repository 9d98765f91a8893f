package dev.eksatlas.analysis.policy;

import java.util.List;

/**
 * One key under one operator of a statement's {@code Condition} block. Several values of one key
 * are alternatives (OR); several clauses of a statement must all hold (AND). Condition key names
 * are case-insensitive in IAM, so comparisons use {@link #keyLower()}.
 */
public record ConditionClause(ConditionOperator operator, ConditionKey conditionKey, List<String> values) {

    public ConditionClause {
        values = List.copyOf(values);
    }

    public ConditionClause(ConditionOperator operator, String key, List<String> values) {
        this(operator, ConditionKey.of(key), values);
    }

    /** The key as written. */
    public String key() {
        return conditionKey.name();
    }

    public String keyLower() {
        return conditionKey.lower();
    }

    /** The clause in IAM's own notation, e.g. {@code StringLike "x:sub": ["a","b"]}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(operator.name()).append(" \"").append(key()).append("\": ");
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
