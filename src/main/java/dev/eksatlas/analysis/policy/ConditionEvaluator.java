package dev.eksatlas.analysis.policy;

import dev.eksatlas.analysis.policy.ConditionOperator.Comparison;
import dev.eksatlas.analysis.policy.ConditionOperator.Qualifier;
import java.util.List;

/**
 * Evaluates condition clauses as IAM does, in three-valued logic: clauses are ANDed, the values of
 * one key ORed. A key missing from the request fails a positive operator, satisfies a negated one,
 * an {@code ...IfExists} one and a {@code ForAllValues:} one, and fails {@code ForAnyValue:}.
 */
public final class ConditionEvaluator {
    private ConditionEvaluator() {
    }

    /** The result of all clauses together, and the first clause that made it false (or null). */
    public record Outcome(Truth truth, ConditionClause failing) {
    }

    public static Outcome evaluate(List<ConditionClause> clauses, RequestContext context) {
        Truth all = Truth.TRUE;
        for (ConditionClause c : clauses) {
            Truth t = evaluate(c, context.lookup(c.conditionKey()));
            if (t == Truth.FALSE) {
                return new Outcome(Truth.FALSE, c);
            }
            all = all.and(t);
        }
        return new Outcome(all, null);
    }

    public static Truth evaluate(ConditionClause clause, KeyValue value) {
        ConditionOperator op = clause.operator();
        if (!op.known()) {
            return Truth.UNKNOWN;
        }
        if (op.comparison() == Comparison.NULL_CHECK) {
            return nullCheck(clause, value);
        }
        return switch (value) {
            case KeyValue.Absent _ -> absent(op);
            case KeyValue.Unknown _ -> Truth.UNKNOWN;
            case KeyValue.PresentUnknown _ -> Truth.UNKNOWN;
            case KeyValue.Present p -> present(clause, p.values());
            case KeyValue.Pattern p -> pattern(clause, p.glob());
        };
    }

    private static Truth absent(ConditionOperator op) {
        if (op.ifExists() || op.qualifier() == Qualifier.FOR_ALL_VALUES) {
            return Truth.TRUE;
        }
        if (op.qualifier() == Qualifier.FOR_ANY_VALUE) {
            return Truth.FALSE;
        }
        return Truth.of(op.negated());
    }

    /** {@code Null: true} holds when the key is absent, {@code Null: false} when it is present. */
    private static Truth nullCheck(ConditionClause clause, KeyValue value) {
        Truth absent = switch (value) {
            case KeyValue.Absent _ -> Truth.TRUE;
            case KeyValue.Unknown _ -> Truth.UNKNOWN;
            default -> Truth.FALSE;
        };
        Truth any = Truth.FALSE;
        for (String v : clause.values()) {
            any = any.or(v.strip().equalsIgnoreCase("true") ? absent : absent.not());
        }
        return any;
    }

    private static Truth present(ConditionClause clause, List<String> requestValues) {
        ConditionOperator op = clause.operator();
        if (op.comparison() == Comparison.OTHER) {
            return Truth.UNKNOWN;
        }
        if (requestValues.isEmpty()) {
            return absent(op);
        }
        boolean all = op.qualifier() == Qualifier.FOR_ALL_VALUES;
        boolean result = all;
        for (String rv : requestValues) {
            boolean hit = clause.values().stream().anyMatch(pv -> matches(op.comparison(), pv, rv));
            boolean ok = op.negated() != hit;
            result = all ? result && ok : result || ok;
        }
        return Truth.of(result);
    }

    /** A policy glob that matches the request's pattern as text covers every value it stands for. */
    private static Truth pattern(ConditionClause clause, String glob) {
        ConditionOperator op = clause.operator();
        if (op.comparison() != Comparison.GLOB) {
            return Truth.UNKNOWN;
        }
        boolean covered = clause.values().stream().anyMatch(pv -> Glob.matches(pv, glob));
        if (!covered) {
            return Truth.UNKNOWN;
        }
        return Truth.of(!op.negated());
    }

    static boolean matches(Comparison comparison, String policyValue, String requestValue) {
        return switch (comparison) {
            case EXACT -> policyValue.equals(requestValue);
            case IGNORE_CASE, BOOL -> policyValue.equalsIgnoreCase(requestValue);
            case GLOB -> Glob.matches(policyValue, requestValue);
            default -> false;
        };
    }
}
