package dev.eksatlas.analysis.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads one element of {@code Statement}; what IAM would refuse becomes a {@link MalformedStatement}. */
final class StatementReader {

    sealed interface Read {
        record Ok(PolicyStatement statement) implements Read {
        }

        record Bad(MalformedStatement malformed) implements Read {
        }
    }

    /** Thrown inside the reader only, to leave a statement early with its reason. */
    private static final class Malformed extends RuntimeException {
        Malformed(String reason) {
            super(reason, null, false, false);
        }
    }

    Read read(int index, JsonNode node) {
        JsonNode sidNode = node.isObject() ? node.get("Sid") : null;
        StatementRef ref = new StatementRef(index, sidNode != null && sidNode.isTextual() ? sidNode.asText() : null);
        try {
            if (!node.isObject()) {
                throw new Malformed("is " + PolicyParser.describe(node) + ", not an object");
            }
            Effect effect = effect(node.get("Effect"));
            JsonNode principal = node.get("Principal");
            JsonNode notPrincipal = node.get("NotPrincipal");
            if ((principal == null) == (notPrincipal == null)) {
                throw new Malformed("needs exactly one of Principal and NotPrincipal");
            }
            JsonNode action = node.get("Action");
            JsonNode notAction = node.get("NotAction");
            if ((action == null) == (notAction == null)) {
                throw new Malformed("needs exactly one of Action and NotAction");
            }
            PrincipalSet principals = principals(principal != null ? principal : notPrincipal);
            ActionSet actions = new ActionSet(strings(action != null ? action : notAction, "Action"), action == null);
            List<ConditionClause> conditions = conditions(node.get("Condition"));
            return new Read.Ok(new PolicyStatement(ref, effect, principals, principal == null, actions, conditions, node));
        } catch (Malformed e) {
            return new Read.Bad(new MalformedStatement(ref, ref.label() + " " + e.getMessage(), node.toString()));
        }
    }

    private static Effect effect(JsonNode node) {
        if (node != null && node.isTextual()) {
            String e = node.asText().strip();
            if (e.equalsIgnoreCase("Allow")) {
                return Effect.ALLOW;
            }
            if (e.equalsIgnoreCase("Deny")) {
                return Effect.DENY;
            }
        }
        throw new Malformed("has no Effect of Allow or Deny");
    }

    private static PrincipalSet principals(JsonNode node) {
        if (node.isTextual()) {
            if (node.asText().strip().equals("*")) {
                return new PrincipalSet(true, List.of(), List.of(), List.of(), List.of());
            }
            throw new Malformed("has a Principal string other than \"*\"");
        }
        if (!node.isObject()) {
            throw new Malformed("has a Principal that is " + PolicyParser.describe(node));
        }
        List<String> aws = new ArrayList<>();
        List<String> federated = new ArrayList<>();
        List<String> service = new ArrayList<>();
        List<String> canonical = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            List<String> target = switch (e.getKey().toLowerCase(Locale.ROOT)) {
                case "aws" -> aws;
                case "federated" -> federated;
                case "service" -> service;
                case "canonicaluser" -> canonical;
                default -> throw new Malformed("has an unknown principal type \"" + e.getKey() + "\"");
            };
            target.addAll(strings(e.getValue(), "Principal " + e.getKey()));
        }
        boolean anyone = aws.stream().anyMatch(a -> a.strip().equals("*"));
        return new PrincipalSet(anyone, aws, federated, service, canonical);
    }

    private static List<ConditionClause> conditions(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (!node.isObject()) {
            throw new Malformed("has a Condition that is " + PolicyParser.describe(node));
        }
        List<ConditionClause> clauses = new ArrayList<>();
        for (Map.Entry<String, JsonNode> op : node.properties()) {
            if (!op.getValue().isObject()) {
                throw new Malformed("has a condition operator " + op.getKey() + " that is not an object");
            }
            ConditionOperator operator = ConditionOperator.parse(op.getKey());
            for (Map.Entry<String, JsonNode> key : op.getValue().properties()) {
                clauses.add(new ConditionClause(operator, key.getKey(), scalars(key.getValue(), key.getKey())));
            }
        }
        return clauses;
    }

    /** A string or an array of strings (Principal and Action values). */
    private static List<String> strings(JsonNode node, String what) {
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        if (node.isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonNode n : node) {
                if (!n.isTextual()) {
                    throw new Malformed("has a " + what + " entry that is " + PolicyParser.describe(n));
                }
                out.add(n.asText());
            }
            return out;
        }
        throw new Malformed("has a " + what + " that is " + PolicyParser.describe(node));
    }

    /** Condition values: strings, numbers and booleans, alone or in an array; IAM compares their text. */
    private static List<String> scalars(JsonNode node, String key) {
        if (node.isValueNode() && !node.isNull()) {
            return List.of(node.asText());
        }
        if (node.isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonNode n : node) {
                if (!n.isValueNode() || n.isNull()) {
                    throw new Malformed("has a value of condition key " + key + " that is " + PolicyParser.describe(n));
                }
                out.add(n.asText());
            }
            return out;
        }
        throw new Malformed("has condition key " + key + " set to " + PolicyParser.describe(node));
    }
}
