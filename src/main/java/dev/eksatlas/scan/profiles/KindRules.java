package dev.eksatlas.scan.profiles;

import java.util.Set;

/** Which {@link ProfileKind} a set of keys gives, in the SDK's order ({@code ProfileCredentialsUtils}). */
final class KindRules {
    private static final Set<String> SSO_KEYS = Set.of("sso_role_name", "sso_account_id", "sso_region", "sso_start_url", "sso_session");

    private KindRules() {
    }

    static ProfileKind kindOf(Set<String> keys) {
        if (keys.contains("role_arn") && keys.contains("web_identity_token_file")) {
            return ProfileKind.WEB_IDENTITY;
        }
        if (keys.stream().anyMatch(SSO_KEYS::contains)) {
            return keys.contains("sso_session") ? ProfileKind.SSO_SESSION : ProfileKind.SSO_LEGACY;
        }
        if (keys.contains("role_arn") && keys.contains("source_profile")) {
            return ProfileKind.ASSUME_ROLE_SOURCE_PROFILE;
        }
        if (keys.contains("role_arn") && keys.contains("credential_source")) {
            return ProfileKind.ASSUME_ROLE_CREDENTIAL_SOURCE;
        }
        if (keys.contains("login_session")) {
            return ProfileKind.LOGIN_SESSION;
        }
        if (keys.contains("credential_process")) {
            return ProfileKind.CREDENTIAL_PROCESS;
        }
        if (keys.contains("aws_session_token")) {
            return ProfileKind.SESSION_KEYS;
        }
        return keys.contains("aws_access_key_id") ? ProfileKind.STATIC_KEYS : ProfileKind.UNKNOWN;
    }
}
