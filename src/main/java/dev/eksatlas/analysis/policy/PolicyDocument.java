package dev.eksatlas.analysis.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A parsed policy: its statements in document order, the statements that could not be read, and
 * the decoded text it came from (whose non-white-space length is what IAM counts against quotas).
 * {@code statementArray} tells whether {@code Statement} was an array or a single object.
 */
public record PolicyDocument(
        String version,
        List<PolicyStatement> statements,
        List<MalformedStatement> malformed,
        boolean statementArray,
        String text,
        JsonNode root) {

    public PolicyDocument {
        statements = List.copyOf(statements);
        malformed = List.copyOf(malformed);
    }

    public int statementCount() {
        return statements.size() + malformed.size();
    }
}
