package dev.eksatlas.scan.profiles;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** All merged profiles and the config file's other sections: what the checks look across. */
record ProfileSet(Map<String, MergedProfile> profiles, ParsedFile config) {

    static ProfileSet merge(ParsedFile credentials, ParsedFile config) {
        TreeSet<String> names = new TreeSet<>();
        credentials.profiles().forEach(section -> names.add(section.key().name()));
        config.profiles().forEach(section -> names.add(section.key().name()));
        Map<String, MergedProfile> merged = new TreeMap<>();
        for (String name : names) {
            merged.put(name, MergedProfile.of(name,
                    credentials.section(SectionType.PROFILE, name), config.section(SectionType.PROFILE, name)));
        }
        return new ProfileSet(Collections.unmodifiableMap(merged), config);
    }

    Optional<MergedProfile> profile(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    ProfileKind kindOf(MergedProfile profile) {
        return KindRules.kindOf(profile.properties().keySet());
    }

    Optional<ParsedSection> ssoSession(String name) {
        return config.section(SectionType.SSO_SESSION, name);
    }
}
