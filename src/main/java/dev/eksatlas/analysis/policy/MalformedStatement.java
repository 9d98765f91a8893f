package dev.eksatlas.analysis.policy;

/** A statement the parser had to skip, with the reason (IAM would not have accepted it). */
public record MalformedStatement(StatementRef ref, String reason, String json) {
}
