package dev.eksatlas.domain;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Tags are kept sorted by key so that equal tag sets compare, print and store identically. */
public final class Tags {
    private Tags() {
    }

    public static Map<String, String> copyOf(Map<String, String> tags) {
        if (tags == null || tags.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new TreeMap<>(tags));
    }
}
