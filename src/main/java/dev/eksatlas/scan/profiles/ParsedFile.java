package dev.eksatlas.scan.profiles;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the parser accepted from one shared file, and the problems it found there. */
record ParsedFile(Path file, ProfileFileType type, Map<SectionKey, ParsedSection> sections, List<ProfileProblem> problems) {

    ParsedFile {
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        problems = List.copyOf(problems);
    }

    Optional<ParsedSection> section(SectionType type, String name) {
        return Optional.ofNullable(sections.get(new SectionKey(type, name)));
    }

    List<ParsedSection> profiles() {
        return sections.values().stream().filter(section -> section.key().type() == SectionType.PROFILE).toList();
    }
}
