package dev.eksatlas.scan.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follows {@code source_profile} the way the SDK does: through profiles that are themselves
 * role + source profile, until one that has credentials of its own. The SDK refuses any repeat,
 * a profile naming itself included ("Circular relationship detected with profiles …").
 */
final class SourceProfileChain {
    private SourceProfileChain() {
    }

    static Optional<ProfileProblem> check(MergedProfile start, ProfileSet set) {
        List<String> path = new ArrayList<>(List.of(start.name()));
        MergedProfile current = start;
        while (true) {
            String source = current.value("source_profile");
            if (source == null || source.isEmpty()) {
                return Optional.of(start.problemAt("source_profile", "source_profile is empty"));
            }
            if (path.contains(source)) {
                path.add(source);
                return Optional.of(start.problemAt("source_profile", "Circular relationship detected with profiles " + String.join(" -> ", path)));
            }
            Optional<MergedProfile> next = set.profile(source);
            if (next.isEmpty()) {
                return Optional.of(missing(start, current, source));
            }
            ProfileKind kind = set.kindOf(next.get());
            if (kind == ProfileKind.UNKNOWN || kind == ProfileKind.LOGIN_SESSION) {
                String via = current == start ? "" : " (reached through " + String.join(" -> ", path) + ")";
                return Optional.of(start.problemAt("source_profile",
                        "source profile '" + source + "'" + via + " has no credentials this app can use"));
            }
            if (kind != ProfileKind.ASSUME_ROLE_SOURCE_PROFILE) {
                return Optional.empty();
            }
            path.add(source);
            current = next.get();
        }
    }

    private static ProfileProblem missing(MergedProfile start, MergedProfile current, String source) {
        if (current == start) {
            return start.problemAt("source_profile", "source_profile names '" + source + "', which is not a profile in either file");
        }
        return start.problemAt("source_profile", "its source profile chain reaches '" + current.name()
                + "', whose source_profile names '" + source + "', which is not a profile in either file");
    }
}
