package dev.eksatlas.scan.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What would stop the SDK from getting credentials for a profile, found before it tries: the
 * checks of {@code ProfileCredentialsUtils} and the SSO factories, worded for people.
 */
final class ProfileChecks {
    private static final Set<String> CREDENTIAL_SOURCES = Set.of("environment", "ec2instancemetadata", "ecscontainer");

    private ProfileChecks() {
    }

    static List<ProfileProblem> check(MergedProfile profile, ProfileKind kind, ProfileSet set) {
        List<ProfileProblem> problems = new ArrayList<>();
        switch (kind) {
            case SSO_SESSION, SSO_LEGACY -> problems.addAll(SsoChecks.check(profile, kind, set));
            case ASSUME_ROLE_SOURCE_PROFILE -> {
                if (profile.has("credential_source")) {
                    problems.add(profile.problemAt("credential_source",
                            "has both source_profile and credential_source; the AWS SDK refuses such a profile, keep one"));
                }
                SourceProfileChain.check(profile, set).ifPresent(problems::add);
            }
            case ASSUME_ROLE_CREDENTIAL_SOURCE -> checkCredentialSource(profile, problems);
            case LOGIN_SESSION -> problems.add(profile.problemAt("login_session",
                    "uses login_session (aws login), which needs the AWS SDK's 'signin' module; this app does not include it"));
            case CREDENTIAL_PROCESS -> requireValue(profile, "credential_process", problems);
            case SESSION_KEYS, STATIC_KEYS -> checkKeys(profile, problems);
            case UNKNOWN -> problems.add(profile.has("aws_secret_access_key")
                    ? profile.problemAt("aws_secret_access_key", "has aws_secret_access_key but no aws_access_key_id")
                    : profile.problemAtHeader("has no credentials: no keys, role, SSO settings or credential_process"));
            case WEB_IDENTITY -> requireValue(profile, "web_identity_token_file", problems);
        }
        checkIgnoredRoleSettings(profile, kind, problems);
        return problems;
    }

    private static void checkCredentialSource(MergedProfile profile, List<ProfileProblem> problems) {
        String source = profile.value("credential_source");
        if (!CREDENTIAL_SOURCES.contains(source.toLowerCase(Locale.ROOT))) {
            problems.add(profile.problemAt("credential_source",
                    "credential_source must be Environment, Ec2InstanceMetadata or EcsContainer"));
        }
    }

    private static void checkKeys(MergedProfile profile, List<ProfileProblem> problems) {
        if (!profile.has("aws_access_key_id")) {
            problems.add(profile.problemAt("aws_session_token", "has aws_session_token but no aws_access_key_id"));
        } else if (!profile.has("aws_secret_access_key")) {
            problems.add(profile.problemAt("aws_access_key_id", "has aws_access_key_id but no aws_secret_access_key"));
        }
        for (String key : List.of("aws_access_key_id", "aws_secret_access_key", "aws_session_token")) {
            if (profile.has(key)) {
                requireValue(profile, key, problems);
            }
        }
    }

    /** A role setting the SDK will not use, because the profile gets its credentials another way. */
    private static void checkIgnoredRoleSettings(MergedProfile profile, ProfileKind kind, List<ProfileProblem> problems) {
        boolean roleKind = kind == ProfileKind.WEB_IDENTITY || kind == ProfileKind.ASSUME_ROLE_SOURCE_PROFILE
                || kind == ProfileKind.ASSUME_ROLE_CREDENTIAL_SOURCE;
        if (roleKind || kind == ProfileKind.SSO_SESSION || kind == ProfileKind.SSO_LEGACY) {
            return;
        }
        if (profile.has("role_arn")) {
            problems.add(profile.problemAt("role_arn",
                    "role_arn is not used: it needs source_profile, credential_source or web_identity_token_file beside it"));
        } else if (profile.has("source_profile")) {
            problems.add(profile.problemAt("source_profile", "source_profile is not used without role_arn"));
        }
    }

    static void requireValue(MergedProfile profile, String key, List<ProfileProblem> problems) {
        String value = profile.value(key);
        if (value == null || value.isEmpty()) {
            problems.add(profile.problemAt(key, key + " is empty"));
        }
    }
}
