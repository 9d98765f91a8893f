package dev.eksatlas.scan.profiles;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Writes what the parser accepted back out in the SDK's format and lets the SDK read it, so that
 * a malformed line elsewhere never breaks the SDK for the good profiles. Credentials first, as in
 * {@code ProfileFile.defaultProfileFile()}: the aggregator keeps the earliest file's value.
 * The text exists only in memory.
 */
final class SdkProfileFiles {
    private SdkProfileFiles() {
    }

    static ProfileFile of(ParsedFile credentials, ParsedFile config) {
        return ProfileFile.aggregator()
                .addFile(read(write(credentials), ProfileFile.Type.CREDENTIALS))
                .addFile(read(write(config), ProfileFile.Type.CONFIGURATION))
                .build();
    }

    static String write(ParsedFile file) {
        StringBuilder text = new StringBuilder();
        for (ParsedSection section : file.sections().values()) {
            text.append('[').append(header(section.key(), file.type())).append("]\n");
            Map<String, String> fromNestedBlocks = nestedSettings(section);
            // Dotted keys ("s3.max") go last, so that a nested block cannot set them again; those a block
            // written here already gives are left out, or the SDK would warn of a duplicate.
            List<ParsedProperty> properties = section.properties().values().stream()
                    .filter(property -> !property.value().equals(fromNestedBlocks.get(property.key())))
                    .sorted(Comparator.comparing(property -> property.key().contains(".")))
                    .toList();
            properties.forEach(property -> writeProperty(property, text));
        }
        return text.toString();
    }

    private static void writeProperty(ParsedProperty property, StringBuilder text) {
        String[] lines = property.value().split("\n", -1);
        // No space before a value that starts with '#' or ';', or the SDK would take it for a comment.
        boolean commentLike = lines[0].startsWith("#") || lines[0].startsWith(";");
        text.append(property.key()).append(" =").append(lines[0].isEmpty() || commentLike ? "" : " ").append(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            text.append("  ").append(lines[i]).append('\n');
        }
    }

    /** What the SDK derives from the nested blocks as written ("s3 =" / "  max = 20" gives "s3.max"), last one winning. */
    private static Map<String, String> nestedSettings(ParsedSection section) {
        Map<String, String> derived = new HashMap<>();
        for (ParsedProperty property : section.properties().values()) {
            String[] lines = property.value().split("\n", -1);
            if (lines.length > 1 && lines[0].isEmpty()) {
                for (int i = 1; i < lines.length; i++) {
                    KeyValue nested = KeyValue.parse(lines[i]);
                    derived.put(property.key() + "." + nested.key(), nested.value());
                }
            }
        }
        return derived;
    }

    private static String header(SectionKey key, ProfileFileType type) {
        return type == ProfileFileType.CREDENTIALS ? key.name() : key.type().title() + " " + key.name();
    }

    private static ProfileFile read(String text, ProfileFile.Type type) {
        return ProfileFile.builder()
                .content(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .type(type)
                .build();
    }
}
