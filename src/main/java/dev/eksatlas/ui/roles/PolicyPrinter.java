package dev.eksatlas.ui.roles;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.eksatlas.analysis.policy.PolicyFormatException;
import dev.eksatlas.analysis.policy.PolicyText;
import java.util.ArrayList;
import java.util.List;

/**
 * Pretty-prints a policy the way the IAM console shows it (two-space indent, {@code "Key": value})
 * and tells where each statement is. Each statement is printed in place of a unique placeholder,
 * so the text between statements is exactly what the printer wrote. Text that is not JSON is
 * returned as it is, in one part.
 */
final class PolicyPrinter {
    private static final String PLACEHOLDER = "@@eks-atlas-statement-";

    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectWriter writer = mapper.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    PrintedPolicy print(String policyText) {
        String raw = policyText == null ? "" : policyText;
        JsonNode root;
        try {
            root = mapper.readTree(PolicyText.decode(raw));
        } catch (JacksonException | PolicyFormatException e) {
            return new PrintedPolicy(List.of(new PrintedPolicy.Part(raw, -1, "")), false);
        }
        if (root == null || !root.isObject()) {
            return new PrintedPolicy(List.of(new PrintedPolicy.Part(raw, -1, "")), false);
        }
        List<JsonNode> statements = new ArrayList<>();
        ObjectNode copy = ((ObjectNode) root).deepCopy();
        JsonNode statement = copy.get("Statement");
        String token = uniqueToken(raw);
        if (statement instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                statements.add(array.get(i));
                array.set(i, TextNode.valueOf(token + i + "@@"));
            }
        } else if (statement instanceof ObjectNode) {
            statements.add(statement);
            copy.set("Statement", TextNode.valueOf(token + "0@@"));
        }
        return new PrintedPolicy(split(write(copy), token, statements), true);
    }

    private List<PrintedPolicy.Part> split(String skeleton, String token, List<JsonNode> statements) {
        List<PrintedPolicy.Part> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < statements.size(); i++) {
            String quoted = "\"" + token + i + "@@\"";
            int at = skeleton.indexOf(quoted, from);
            String indent = indentOfLine(skeleton, at);
            parts.add(new PrintedPolicy.Part(skeleton.substring(from, at), -1, ""));
            parts.add(new PrintedPolicy.Part(write(statements.get(i)).replace("\n", "\n" + indent), i, indent));
            from = at + quoted.length();
        }
        parts.add(new PrintedPolicy.Part(skeleton.substring(from), -1, ""));
        return parts.stream().filter(p -> !p.text().isEmpty()).toList();
    }

    /** The leading white space of the line holding {@code at}: the indent of the statement's closing brace. */
    private static String indentOfLine(String text, int at) {
        String line = text.substring(text.lastIndexOf('\n', at) + 1, at);
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    private String write(JsonNode node) {
        try {
            return writer.writeValueAsString(node);
        } catch (JacksonException e) {
            throw new IllegalStateException("a parsed JSON tree could not be written", e);
        }
    }

    private static String uniqueToken(String text) {
        int n = 0;
        while (text.contains(PLACEHOLDER + n + "-")) {
            n++;
        }
        return PLACEHOLDER + n + "-";
    }
}
