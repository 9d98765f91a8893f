package dev.eksatlas.scan.profiles;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
            for (ParsedProperty property : section.properties().values()) {
                String[] lines = property.value().split("\n", -1);
                text.append(property.key()).append(" =");
                if (!lines[0].isEmpty()) {
                    text.append(' ').append(lines[0]);
                }
                text.append('\n');
                for (int i = 1; i < lines.length; i++) {
                    text.append("  ").append(lines[i]).append('\n');
                }
            }
        }
        return text.toString();
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
