package dev.eksatlas.scan.profiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line-by-line reader of one shared file that follows the AWS SDK for Java v2's rules
 * ({@code ProfileFileReader}) but never gives up: where the SDK would throw for the whole file,
 * this notes the line and drops only what is broken, so every well-formed profile stays usable.
 * No message quotes a property value.
 */
final class ProfileFileParser {
    private final ProfileFileType fileType;
    private final ProblemLog log;
    private final Map<SectionKey, ParsedSection> sections = new LinkedHashMap<>();
    private final DefaultProfileRule defaultRule;
    private final BinaryRun binaryRun;

    private ParsedSection section;
    private int sectionStart;
    private boolean ignoringSection;
    private String propertyKey;
    private boolean ignoringProperty;
    private boolean nestedSettings;

    ProfileFileParser(ProfileFileType fileType, ProblemLog log) {
        this.fileType = fileType;
        this.log = log;
        this.defaultRule = new DefaultProfileRule(fileType, log);
        this.binaryRun = new BinaryRun(log);
    }

    ParsedFile parse(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            readLine(i + 1, lines.get(i));
        }
        binaryRun.end();
        closeSection(lines.size());
        return new ParsedFile(log.file(), fileType, sections, log.problems());
    }

    private void readLine(int number, String line) {
        if (BinaryRun.isBinary(line)) {
            binaryRun.add(number);
            ignoringProperty = true;
            return;
        }
        if (line.isBlank()) {
            return;
        }
        binaryRun.end();
        if (line.startsWith("#") || line.startsWith(";")) {
            return;
        }
        if (line.startsWith("[")) {
            readHeader(number, line);
        } else if (line.startsWith(" ") || line.startsWith("\t")) {
            readContinuation(number, line.trim());
        } else {
            readProperty(number, line);
        }
    }

    private void readHeader(int number, String line) {
        closeSection(number - 1);
        propertyKey = null;
        ignoringProperty = false;
        ignoringSection = true;
        // Header lines need no white space before a comment.
        String text = LineText.cutAt(line, "#", ";").trim();
        if (!text.endsWith("]")) {
            log.add(number, "unterminated section header: expected ']' at the end; the lines up to the next section are ignored");
            return;
        }
        SectionHeader header = SectionHeader.parse(text, fileType);
        if (!header.accepted()) {
            log.add(number, header.rejection());
            return;
        }
        if (!defaultRule.admit(header, number, sections)) {
            return;
        }
        ParsedSection existing = sections.get(header.key());
        if (existing != null) {
            log.add(number, header.key().describe() + " appears again (first on line " + existing.firstLine()
                    + "); the two sections are merged, a later key wins");
        }
        section = sections.computeIfAbsent(header.key(), key -> new ParsedSection(key, log.file(), number));
        sectionStart = number;
        ignoringSection = false;
    }

    private void readProperty(int number, String line) {
        if (ignoringSection) {
            return;
        }
        propertyKey = null;
        ignoringProperty = true;
        if (section == null) {
            log.add(number, "'key = value' before any section header; put it under a header such as [default]");
            return;
        }
        // A comment after a value needs white space before it, or it is part of the value.
        KeyValue keyValue = KeyValue.parse(LineText.cutAt(line, " #", " ;", "\t#", "\t;").trim());
        if (keyValue.problem() != null) {
            log.add(number, keyValue.problem());
            return;
        }
        ParsedProperty replaced = section.put(new ParsedProperty(keyValue.key(), keyValue.value(), log.file(), number));
        if (replaced != null) {
            log.add(number, "'" + keyValue.key() + "' is set again (first on line " + replaced.line() + "); the later value is used");
        }
        propertyKey = keyValue.key();
        ignoringProperty = false;
        nestedSettings = keyValue.value().isEmpty();
    }

    private void readContinuation(int number, String text) {
        if (ignoringSection || ignoringProperty) {
            return;
        }
        if (text.startsWith("[")) {
            log.add(number, "a section header must start at the beginning of the line, without indent; the line is ignored");
            return;
        }
        if (section == null || propertyKey == null) {
            log.add(number, "indented line with no property above it to continue; the line is ignored");
            return;
        }
        if (nestedSettings) {
            // An empty value followed by indented lines is a list of nested settings ("s3 =" / "  key = value").
            // The SDK also stores each one as "s3.key", a key that outlives a later "s3 = ..." line.
            KeyValue nested = KeyValue.parse(text);
            if (nested.problem() != null) {
                log.add(number, nested.problem() + " (nested setting of '" + propertyKey + "'); the line is ignored");
                return;
            }
            section.put(new ParsedProperty(propertyKey + "." + nested.key(), nested.value(), log.file(), number));
        }
        section.appendContinuation(propertyKey, text);
    }

    private void closeSection(int lastLine) {
        if (section != null) {
            section.coverLines(sectionStart, lastLine);
            section = null;
        }
    }
}
