package dev.eksatlas.scan.profiles;

import java.util.ArrayList;
import java.util.List;

/** Turns a merged profile into the public, secret-free {@link AwsProfile}. */
final class AwsProfiles {
    private AwsProfiles() {
    }

    static AwsProfile describe(MergedProfile profile, ProfileSet set, List<ProfileProblem> fileProblems) {
        ProfileKind kind = set.kindOf(profile);
        List<ProfileProblem> problems = new ArrayList<>(ProfileChecks.check(profile, kind, set));
        problems.addAll(clashes(profile));
        fileProblems.stream()
                .filter(problem -> profile.sections().stream().anyMatch(section -> section.covers(problem)))
                .forEach(problems::add);
        problems.sort(ProfileProblem.IN_FILE_ORDER);
        String keyId = text(profile, "aws_access_key_id");
        return new AwsProfile(profile.name(), kind,
                text(profile, "region"), text(profile, "endpoint_url"),
                text(profile, "role_arn"), text(profile, "source_profile"), text(profile, "credential_source"),
                text(profile, "sso_session"), text(profile, "sso_account_id"), text(profile, "sso_role_name"),
                keyId != null && text(profile, "aws_secret_access_key") != null,
                mask(keyId), problems.stream().distinct().toList());
    }

    /** Keys both files set to different values: the SDK takes the credentials file's. */
    private static List<ProfileProblem> clashes(MergedProfile profile) {
        if (profile.sections().size() < 2) {
            return List.of();
        }
        ParsedSection config = profile.sections().get(0);
        ParsedSection credentials = profile.sections().get(1);
        List<ProfileProblem> problems = new ArrayList<>();
        config.properties().forEach((key, fromConfig) -> {
            ParsedProperty fromCredentials = credentials.properties().get(key);
            if (fromCredentials != null && !fromCredentials.value().equals(fromConfig.value())) {
                problems.add(new ProfileProblem(fromConfig.file(), fromConfig.line(), "'" + key
                        + "' is also set in the credentials file (line " + fromCredentials.line() + "); the SDK uses that value"));
            }
        });
        return problems;
    }

    private static String text(MergedProfile profile, String key) {
        String value = profile.value(key);
        return value == null || value.isEmpty() ? null : value;
    }

    /** {@code AKIAIOSFODNN7EXAMPLE} becomes {@code AKIA…MPLE}: enough to tell keys apart, not to use one. */
    static String mask(String accessKeyId) {
        if (accessKeyId == null) {
            return null;
        }
        return accessKeyId.length() < 12 ? "…" : accessKeyId.substring(0, 4) + "…" + accessKeyId.substring(accessKeyId.length() - 4);
    }
}
