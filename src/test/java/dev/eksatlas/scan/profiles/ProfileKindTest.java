package dev.eksatlas.scan.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind of a profile follows the SDK's precedence: the first rule that matches wins, whatever else is set. */
class ProfileKindTest {
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("aws_access_key_id", "AKIAKINDEXAMPLE00001"),
            Map.entry("aws_secret_access_key", "kind-secret"),
            Map.entry("aws_session_token", "kind-token"),
            Map.entry("role_arn", "arn:aws:iam::111122223333:role/Kind"),
            Map.entry("source_profile", "base"),
            Map.entry("credential_source", "Environment"),
            Map.entry("web_identity_token_file", "/var/run/token"),
            Map.entry("sso_session", "corp"),
            Map.entry("sso_start_url", "https://example.awsapps.com/start"),
            Map.entry("sso_region", "us-east-1"),
            Map.entry("sso_account_id", "111122223333"),
            Map.entry("sso_role_name", "ReadOnly"),
            Map.entry("credential_process", "/usr/local/bin/creds"),
            Map.entry("login_session", "arn:aws:iam::111122223333:user/me"),
            Map.entry("region", "eu-west-1"),
            Map.entry("output", "json"));

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # keys in profile 'p'                                                 | kind
            aws_access_key_id aws_secret_access_key                               | STATIC_KEYS
            aws_access_key_id aws_secret_access_key aws_session_token             | SESSION_KEYS
            role_arn source_profile                                               | ASSUME_ROLE_SOURCE_PROFILE
            role_arn source_profile aws_access_key_id aws_secret_access_key       | ASSUME_ROLE_SOURCE_PROFILE
            role_arn credential_source                                            | ASSUME_ROLE_CREDENTIAL_SOURCE
            role_arn source_profile credential_source                             | ASSUME_ROLE_SOURCE_PROFILE
            role_arn web_identity_token_file                                      | WEB_IDENTITY
            role_arn web_identity_token_file source_profile sso_account_id        | WEB_IDENTITY
            sso_session sso_account_id sso_role_name                              | SSO_SESSION
            sso_start_url sso_region sso_account_id sso_role_name                 | SSO_LEGACY
            sso_session sso_start_url sso_region sso_account_id sso_role_name     | SSO_SESSION
            sso_account_id role_arn source_profile                                | SSO_LEGACY
            login_session credential_process                                      | LOGIN_SESSION
            role_arn source_profile login_session                                 | ASSUME_ROLE_SOURCE_PROFILE
            credential_process aws_access_key_id aws_secret_access_key            | CREDENTIAL_PROCESS
            aws_session_token aws_access_key_id aws_secret_access_key region      | SESSION_KEYS
            role_arn aws_access_key_id aws_secret_access_key                      | STATIC_KEYS
            web_identity_token_file aws_access_key_id aws_secret_access_key       | STATIC_KEYS
            region output                                                         | UNKNOWN
            role_arn                                                              | UNKNOWN
            source_profile                                                        | UNKNOWN
            """)
    void detectsTheKindInTheSdksOrder(String keys, ProfileKind kind) {
        StringBuilder config = new StringBuilder("[profile p]\n");
        for (String key : keys.trim().split("\\s+")) {
            config.append(key).append(" = ").append(VALUES.get(key)).append('\n');
        }
        config.append("[profile base]\naws_access_key_id = AKIABASEEXAMPLE00002\naws_secret_access_key = base-secret\n");
        config.append("[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n");

        ProfileCatalog catalog = TestProfiles.loadConfig(folder, config.toString());

        assertThat(catalog.find("p")).hasValueSatisfying(profile -> assertThat(profile.kind()).isEqualTo(kind));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            aws_access_key_id aws_secret_access_key                        | true
            aws_access_key_id aws_secret_access_key aws_session_token      | true
            aws_access_key_id                                              | false
            aws_secret_access_key                                          | false
            """)
    void tellsWhetherKeysArePresentWithoutKeepingThem(String keys, boolean hasStaticKeys) {
        StringBuilder credentials = new StringBuilder("[p]\n");
        for (String key : keys.trim().split("\\s+")) {
            credentials.append(key).append(" = ").append(VALUES.get(key)).append('\n');
        }

        AwsProfile profile = TestProfiles.load(folder, null, credentials.toString()).find("p").orElseThrow();

        assertThat(profile.hasStaticKeys()).isEqualTo(hasStaticKeys);
        assertThat(profile.maskedAccessKeyId()).isEqualTo(keys.contains("aws_access_key_id") ? "AKIA…0001" : null);
    }
}
