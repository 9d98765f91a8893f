package dev.eksatlas.scan.profiles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A profile with its sections from both files merged the way the SDK merges them
 * ({@code ProfileFile.aggregator()} with the credentials file first): the credentials file wins a
 * key both files set.
 */
record MergedProfile(String name, List<ParsedSection> sections, Map<String, ParsedProperty> properties) {

    static MergedProfile of(String name, Optional<ParsedSection> fromCredentials, Optional<ParsedSection> fromConfig) {
        List<ParsedSection> sections = new ArrayList<>();
        fromConfig.ifPresent(sections::add);
        fromCredentials.ifPresent(sections::add);
        Map<String, ParsedProperty> merged = new LinkedHashMap<>();
        sections.forEach(section -> merged.putAll(section.properties()));
        return new MergedProfile(name, List.copyOf(sections), Collections.unmodifiableMap(merged));
    }

    boolean has(String key) {
        return properties.containsKey(key);
    }

    /** The value, or null when the key is absent. May be a secret: only for checks and for the SDK. */
    String value(String key) {
        ParsedProperty property = properties.get(key);
        return property == null ? null : property.value();
    }

    /** A problem at the line of {@code key}, or at the profile's first header when the key is absent. */
    ProfileProblem problemAt(String key, String message) {
        ParsedProperty property = properties.get(key);
        if (property != null) {
            return new ProfileProblem(property.file(), property.line(), message);
        }
        return problemAtHeader(message);
    }

    ProfileProblem problemAtHeader(String message) {
        ParsedSection first = sections.getFirst();
        return new ProfileProblem(first.file(), first.firstLine(), message);
    }

    @Override
    public String toString() {
        return "MergedProfile[name=" + name + ", keys=" + properties.keySet() + "]";
    }
}
