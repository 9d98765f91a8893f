package dev.eksatlas.scan.profiles;

/**
 * How the AWS SDK for Java v2 gets credentials for a profile. The constants are in the SDK's own
 * order of precedence ({@code ProfileCredentialsUtils}, SDK 2.57): the first that matches a
 * profile's properties wins, whatever else the profile also holds.
 */
public enum ProfileKind {
    /** {@code role_arn} + {@code web_identity_token_file}: AssumeRoleWithWebIdentity (needs {@code sts}). */
    WEB_IDENTITY,
    /** {@code sso_session} naming an {@code [sso-session]} section (needs {@code sso} and {@code ssooidc}). */
    SSO_SESSION,
    /** {@code sso_start_url} / {@code sso_region} in the profile itself, no refresh (needs {@code sso}). */
    SSO_LEGACY,
    /** {@code role_arn} + {@code source_profile}: AssumeRole with the source profile's credentials (needs {@code sts}). */
    ASSUME_ROLE_SOURCE_PROFILE,
    /** {@code role_arn} + {@code credential_source} (Environment, Ec2InstanceMetadata, EcsContainer). */
    ASSUME_ROLE_CREDENTIAL_SOURCE,
    /** {@code login_session} from {@code aws login} (needs the SDK's {@code signin} module, which this app does not ship). */
    LOGIN_SESSION,
    /** {@code credential_process}: the SDK runs the command and reads its JSON output. */
    CREDENTIAL_PROCESS,
    /** {@code aws_session_token} with key and secret: temporary keys. */
    SESSION_KEYS,
    /** {@code aws_access_key_id} + {@code aws_secret_access_key}: long-term keys. */
    STATIC_KEYS,
    /** Nothing the SDK can get credentials from (e.g. a profile that only sets {@code region}). */
    UNKNOWN
}
