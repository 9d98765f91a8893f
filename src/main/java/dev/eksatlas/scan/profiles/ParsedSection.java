package dev.eksatlas.scan.profiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accepted content of one section of one file, gathered over all the headers that name it
 * (the SDK merges repeated sections). The line ranges it covers let problems found on those lines
 * be shown with the profile.
 */
final class ParsedSection {
    private final SectionKey key;
    private final Path file;
    private final int firstLine;
    private final Map<String, ParsedProperty> properties = new LinkedHashMap<>();
    private final List<int[]> lineRanges = new ArrayList<>();

    ParsedSection(SectionKey key, Path file, int firstLine) {
        this.key = key;
        this.file = file;
        this.firstLine = firstLine;
    }

    SectionKey key() {
        return key;
    }

    Path file() {
        return file;
    }

    /** The line of the first header naming this section. */
    int firstLine() {
        return firstLine;
    }

    Map<String, ParsedProperty> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** Puts a property; returns the one it replaces (a duplicate key: the later one wins). */
    ParsedProperty put(ParsedProperty property) {
        return properties.put(property.key(), property);
    }

    void appendContinuation(String key, String text) {
        properties.computeIfPresent(key, (k, property) -> property.withContinuation(text));
    }

    void coverLines(int first, int last) {
        lineRanges.add(new int[] {first, last});
    }

    boolean covers(ProfileProblem problem) {
        return problem.file().equals(file)
                && lineRanges.stream().anyMatch(range -> problem.line() >= range[0] && problem.line() <= range[1]);
    }
}
