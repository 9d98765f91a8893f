package dev.eksatlas.scan.profiles;

import java.util.Map;

/**
 * The SDK's rule for the config file: {@code [profile default]} beats {@code [default]}. A bare
 * {@code [default]} after it is ignored; one before it is dropped when it appears.
 */
final class DefaultProfileRule {
    private static final SectionKey DEFAULT = SectionKey.profile("default");

    private final ProfileFileType fileType;
    private final ProblemLog log;
    private int prefixedLine;
    private int bareLine;

    DefaultProfileRule(ProfileFileType fileType, ProblemLog log) {
        this.fileType = fileType;
        this.log = log;
    }

    /** Whether the header may open its section; may remove an earlier bare default from {@code sections}. */
    boolean admit(SectionHeader header, int line, Map<SectionKey, ParsedSection> sections) {
        if (fileType != ProfileFileType.CONFIG || !header.key().equals(DEFAULT)) {
            return true;
        }
        if (!header.profilePrefix()) {
            if (prefixedLine > 0) {
                log.add(line, "[default] is ignored because [profile default] (line " + prefixedLine + ") takes precedence");
                return false;
            }
            bareLine = bareLine == 0 ? line : bareLine;
            return true;
        }
        if (prefixedLine == 0) {
            prefixedLine = line;
            if (sections.remove(DEFAULT) != null) {
                log.add(bareLine, "[default] is ignored because [profile default] (line " + line + ") takes precedence");
            }
        }
        return true;
    }
}
