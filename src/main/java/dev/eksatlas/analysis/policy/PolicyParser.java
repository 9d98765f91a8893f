package dev.eksatlas.analysis.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a policy document (JSON, or the URL-encoded form IAM returns) into {@link PolicyDocument}.
 * Throws {@link PolicyFormatException} only when the text is not a policy at all; a statement that
 * IAM would refuse is kept aside as a {@link MalformedStatement} so the rest can still be read.
 */
public final class PolicyParser {
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final StatementReader statementReader = new StatementReader();

    public PolicyDocument parse(String text) {
        String json = PolicyText.decode(text);
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            json = json.substring(1);
        }
        JsonNode root = readTree(json);
        if (root == null || root.isMissingNode()) {
            throw new PolicyFormatException("the document is empty");
        }
        if (!root.isObject()) {
            throw new PolicyFormatException("a policy is a JSON object, but this is " + describe(root));
        }
        JsonNode statementNode = root.get("Statement");
        if (statementNode == null) {
            throw new PolicyFormatException("the JSON object has no \"Statement\" element");
        }
        List<JsonNode> nodes = new ArrayList<>();
        boolean array = statementNode.isArray();
        if (array) {
            statementNode.forEach(nodes::add);
        } else if (statementNode.isObject()) {
            nodes.add(statementNode);
        } else {
            throw new PolicyFormatException("\"Statement\" must be an object or an array, but is " + describe(statementNode));
        }
        List<PolicyStatement> statements = new ArrayList<>();
        List<MalformedStatement> malformed = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            switch (statementReader.read(i, nodes.get(i))) {
                case StatementReader.Read.Ok ok -> statements.add(ok.statement());
                case StatementReader.Read.Bad bad -> malformed.add(bad.malformed());
            }
        }
        JsonNode version = root.get("Version");
        return new PolicyDocument(version != null && version.isTextual() ? version.asText() : null,
                statements, malformed, array, json, root);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    private JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JacksonException e) {
            throw new PolicyFormatException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
