package dev.eksatlas.analysis.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The size IAM counts (characters other than white space) of a JSON tree as Jackson writes it,
 * computed from the tree: the same figure as {@code IamRole.policySize(node.toString())} without
 * writing the text.
 */
public final class JsonSize {
    private JsonSize() {
    }

    public static int of(JsonNode node) {
        if (node.isObject()) {
            int size = 2;
            int n = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); n++) {
                Map.Entry<String, JsonNode> e = it.next();
                size += string(e.getKey()) + 1 + of(e.getValue());
            }
            return size + Math.max(0, n - 1);
        }
        if (node.isArray()) {
            int size = 2;
            for (JsonNode e : node) {
                size += of(e);
            }
            return size + Math.max(0, node.size() - 1);
        }
        if (node.isTextual()) {
            return string(node.textValue());
        }
        return node.isNull() ? 4 : node.asText().length();
    }

    /** A quoted string: Jackson escapes quotes, backslashes and control characters; other white space is written raw. */
    static int string(String s) {
        int size = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                size += c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r' ? 2 : 6;
            } else if (c == '"' || c == '\\') {
                size += 2;
            } else if (!Character.isWhitespace(c)) {
                size++;
            }
        }
        return size;
    }
}
