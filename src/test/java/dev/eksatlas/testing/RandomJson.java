package dev.eksatlas.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators for property tests (ADR 0005): random JSON trees and strings drawn from given
 * vocabularies, so a failing case can be replayed from its seed.
 */
public final class RandomJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final SplittableRandom random;

    public RandomJson(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A string of up to {@code maxLength} characters, from {@code chars} or, when null, any character. */
    public String string(String chars, int maxLength) {
        int n = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(chars == null ? (char) random.nextInt(Character.MAX_VALUE + 1) : chars.charAt(random.nextInt(chars.length())));
        }
        return sb.toString();
    }

    /** One of the words, or (one time in three) a random short string. */
    public String word(List<String> words) {
        return random.nextInt(3) == 0 ? string(null, 8) : words.get(random.nextInt(words.size()));
    }

    /** A JSON value of at most {@code depth} levels, keys and texts drawn from the vocabularies. */
    public JsonNode node(int depth, List<String> keys, List<String> texts) {
        int kind = depth == 0 ? random.nextInt(4) : random.nextInt(8);
        return switch (kind) {
            case 0 -> NODES.textNode(word(texts));
            case 1 -> NODES.numberNode(random.nextInt());
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4, 5, 6 -> object(depth - 1, keys, texts, 4);
            default -> array(depth - 1, keys, texts);
        };
    }

    public ObjectNode object(int depth, List<String> keys, List<String> texts, int maxFields) {
        ObjectNode o = NODES.objectNode();
        int n = random.nextInt(maxFields + 1);
        for (int i = 0; i < n; i++) {
            o.set(word(keys), node(depth, keys, texts));
        }
        return o;
    }

    public ArrayNode array(int depth, List<String> keys, List<String> texts) {
        ArrayNode a = NODES.arrayNode();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            a.add(node(depth, keys, texts));
        }
        return a;
    }
}
