package dev.eksatlas.analysis.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One statement as IAM evaluates it. {@code notPrincipal} means {@code principal} came from a
 * {@code NotPrincipal} element. {@code source} is the statement's JSON as written (never modified),
 * kept as evidence and for sizing.
 */
public record PolicyStatement(
        StatementRef ref,
        Effect effect,
        PrincipalSet principal,
        boolean notPrincipal,
        ActionSet actions,
        List<ConditionClause> conditions,
        JsonNode source) {

    public PolicyStatement {
        conditions = List.copyOf(conditions);
    }

    public boolean allows() {
        return effect == Effect.ALLOW;
    }

    /** The statement as compact JSON, e.g. for a finding's evidence. */
    public String compactJson() {
        return source == null ? "" : source.toString();
    }
}
