package dev.eksatlas.scan.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The settings the SDK's SSO factories require: {@code sso_account_id} and {@code sso_role_name}
 * in the profile; {@code sso_start_url} and {@code sso_region} in the profile (legacy form) or in
 * the {@code [sso-session NAME]} section it names.
 */
final class SsoChecks {
    private SsoChecks() {
    }

    static List<ProfileProblem> check(MergedProfile profile, ProfileKind kind, ProfileSet set) {
        List<ProfileProblem> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String key : List.of("sso_account_id", "sso_role_name")) {
            if (isBlank(profile.value(key))) {
                missing.add(key);
            }
        }
        if (kind == ProfileKind.SSO_LEGACY) {
            for (String key : List.of("sso_start_url", "sso_region")) {
                if (isBlank(profile.value(key))) {
                    missing.add(key);
                }
            }
        } else {
            checkSession(profile, set).ifPresent(problems::add);
        }
        if (!missing.isEmpty()) {
            problems.add(profile.problemAtHeader("an SSO profile needs " + String.join(", ", missing)));
        }
        return problems;
    }

    private static Optional<ProfileProblem> checkSession(MergedProfile profile, ProfileSet set) {
        String name = profile.value("sso_session");
        if (isBlank(name)) {
            return Optional.of(profile.problemAt("sso_session", "sso_session is empty"));
        }
        Optional<ParsedSection> session = set.ssoSession(name);
        if (session.isEmpty()) {
            return Optional.of(profile.problemAt("sso_session",
                    "sso_session names '" + name + "', but the config file has no [sso-session " + name + "] section"));
        }
        List<String> missing = new ArrayList<>();
        for (String key : List.of("sso_start_url", "sso_region")) {
            ParsedProperty property = session.get().properties().get(key);
            if (property == null || property.value().isEmpty()) {
                missing.add(key);
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(profile.problemAt("sso_session",
                "[sso-session " + name + "] (line " + session.get().firstLine() + ") needs " + String.join(", ", missing)));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isEmpty();
    }
}
