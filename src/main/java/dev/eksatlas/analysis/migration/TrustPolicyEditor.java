package dev.eksatlas.analysis.migration;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.trust.OidcProviderRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Edits trust-policy JSON for migration steps, keeping every other statement as it is: adds a
 * statement, or removes one service account's grant for one issuer (its value from a subject
 * array, or the statement when it was the only value).
 */
final class TrustPolicyEditor {
    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectWriter writer = mapper.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** The removal of a grant: the new policy and what went, or {@code manual} with the reason. */
    record Removal(JsonNode policy, FindingText removed, FindingText manualReason) {
    }

    String pretty(JsonNode node) {
        try {
            return writer.writeValueAsString(node);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A copy of the policy with {@code Statement} made an array and {@code statement} appended. */
    ObjectNode withStatement(JsonNode policy, String statement) {
        ObjectNode root = policy.deepCopy();
        statements(root).add(read(statement));
        return root;
    }

    /** A new policy holding only {@code statement}. */
    String policyOf(String statement) {
        ObjectNode root = mapper.createObjectNode();
        root.put("Version", "2012-10-17");
        root.putArray("Statement").add(read(statement));
        return pretty(root);
    }

    Removal withoutSubject(JsonNode policy, String issuerKey, String subject) {
        ObjectNode root = policy.deepCopy();
        ArrayNode statements = statements(root);
        List<FindingText> removed = new ArrayList<>();
        for (int i = statements.size() - 1; i >= 0; i--) {
            JsonNode st = statements.get(i);
            List<ArrayNode> arrays = new ArrayList<>();
            boolean single = false;
            for (Map.Entry<String, JsonNode> op : st.path("Condition").properties()) {
                if (!op.getValue().isObject()) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> key : op.getValue().properties()) {
                    if (!isSubjectKey(key.getKey(), issuerKey)) {
                        continue;
                    }
                    JsonNode v = key.getValue();
                    if (v.isTextual() && v.asText().equals(subject) || v.isArray() && v.size() == 1 && v.get(0).asText().equals(subject)) {
                        single = true;
                    } else if (v.isArray() && contains(v, subject)) {
                        arrays.add((ArrayNode) v);
                    }
                }
            }
            if (!single && arrays.isEmpty() || !"Allow".equalsIgnoreCase(st.path("Effect").asText())) {
                continue;
            }
            FindingText label = label(st, i);
            if (federatedIssuers(st) > 1) {
                return new Removal(null, null, FindingText.of(label.english()
                        + " also trusts other issuers: remove this issuer's principal and condition keys by hand", "plan.text.manual.otherIssuers", label));
            }
            if (single) {
                statements.remove(i);
                removed.add(label);
            } else {
                arrays.forEach(a -> removeValue(a, subject));
                removed.add(FindingText.of("\"" + subject + "\" from " + label.english(), "plan.text.removed.value", subject, label));
            }
        }
        if (removed.isEmpty()) {
            return new Removal(null, null, FindingText.of("no statement names " + subject + " exactly; its access comes from a glob",
                    "plan.text.manual.glob", subject));
        }
        return new Removal(root, joined(removed.reversed()), null);
    }

    /** The removals in order, "; " between them, each still translatable. */
    private static FindingText joined(List<FindingText> parts) {
        FindingText all = parts.getFirst();
        for (FindingText next : parts.subList(1, parts.size())) {
            all = FindingText.of(all.english() + "; " + next.english(), "plan.text.list", all, next);
        }
        return all;
    }

    private static ArrayNode statements(ObjectNode root) {
        JsonNode s = root.get("Statement");
        if (s instanceof ArrayNode array) {
            return array;
        }
        ArrayNode array = root.arrayNode();
        if (s != null) {
            array.add(s);
        }
        root.set("Statement", array);
        return array;
    }

    private static boolean isSubjectKey(String key, String issuerKey) {
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(":sub") && issuerKey.equals(OidcProviderRef.issuerOfConditionKey(lower));
    }

    private static int federatedIssuers(JsonNode st) {
        JsonNode f = st.path("Principal").path("Federated");
        return f.isArray() ? f.size() : 1;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static void removeValue(ArrayNode array, String value) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (array.get(i).asText().equals(value)) {
                array.remove(i);
            }
        }
    }

    /** {@code statement "Sid"}, or {@code statement #N} for one without a Sid; keyed as the findings name statements. */
    static FindingText label(JsonNode st, int index) {
        JsonNode sid = st.get("Sid");
        return sid != null && sid.isTextual() && !sid.asText().isBlank()
                ? FindingText.of("statement \"" + sid.asText() + "\"", "finding.text.statementSid", sid.asText())
                : FindingText.of("statement #" + (index + 1), "finding.text.statementNumber", index + 1);
    }
}
