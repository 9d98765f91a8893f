package dev.eksatlas.scan.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What would make the SDK fail for a profile is found up front and shown with the profile, at the
 * line to fix. Rows give the config file with " // " between lines; profile 'base' has keys.
 */
class ProfileChecksTest {
    private static final String BASE = "[profile base] // aws_access_key_id = AKIABASEEXAMPLE00001 // aws_secret_access_key = s // ";

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            # config of profile 'p' after BASE (lines 1-3)                                                  | line | message
            [profile p] // role_arn = arn:aws:iam::1:role/R // source_profile = nobody                      | 6    | source_profile names 'nobody', which is not a profile in either file
            [profile p] // role_arn = arn:aws:iam::1:role/R // source_profile = p                           | 6    | Circular relationship detected with profiles p -> p
            [profile p] // role_arn = arn:aws:iam::1:role/R // source_profile = q // [profile q] // role_arn = arn:aws:iam::1:role/Q // source_profile = p | 6 | Circular relationship detected with profiles p -> q -> p
            [profile p] // role_arn = arn:aws:iam::1:role/R // source_profile = q // [profile q] // role_arn = arn:aws:iam::1:role/Q // source_profile = gone | 6 | its source profile chain reaches 'q', whose source_profile names 'gone'
            [profile p] // role_arn = arn:aws:iam::1:role/R // source_profile = q // [profile q] // region = eu-west-1 | 6 | source profile 'q' has no credentials this app can use
            [profile p] // role_arn = arn:aws:iam::1:role/R // source_profile = base // credential_source = Environment | 7 | has both source_profile and credential_source
            [profile p] // role_arn = arn:aws:iam::1:role/R // credential_source = Laptop                  | 6    | credential_source must be Environment, Ec2InstanceMetadata or EcsContainer
            [profile p] // role_arn = arn:aws:iam::1:role/R // region = eu-west-1                           | 5    | role_arn is not used: it needs source_profile, credential_source or web_identity_token_file
            [profile p] // source_profile = base // credential_process = /bin/creds                         | 5    | source_profile is not used without role_arn
            [profile p] // sso_session = corp // sso_account_id = 1 // sso_role_name = R                    | 5    | sso_session names 'corp', but the config file has no [sso-session corp] section
            [profile p] // sso_session = corp // sso_account_id = 1 // sso_role_name = R // [sso-session corp] // sso_start_url = https://x | 5 | [sso-session corp] (line 8) needs sso_region
            [profile p] // sso_start_url = https://x // sso_region = us-east-1 // sso_account_id = 1        | 4    | an SSO profile needs sso_role_name
            [profile p] // sso_account_id = 1 // sso_role_name = R                                          | 4    | an SSO profile needs sso_start_url, sso_region
            [profile p] // aws_access_key_id = AKIAPEXAMPLE00000001                                         | 5    | has aws_access_key_id but no aws_secret_access_key
            [profile p] // aws_secret_access_key = p-secret                                                 | 5    | has aws_secret_access_key but no aws_access_key_id
            [profile p] // aws_session_token = p-token                                                      | 5    | has aws_session_token but no aws_access_key_id
            [profile p] // aws_access_key_id = AKIAPEXAMPLE00000001 // aws_secret_access_key =              | 6    | aws_secret_access_key is empty
            [profile p] // credential_process =                                                             | 5    | credential_process is empty
            [profile p] // login_session = arn:aws:iam::1:user/me                                           | 5    | uses login_session (aws login), which needs the AWS SDK's 'signin' module
            [profile p] // region = eu-west-1                                                               | 4    | has no credentials: no keys, role, SSO settings or credential_process
            """)
    void reportsWhatWouldStopTheSdk(String config, int line, String message) {
        ProfileCatalog catalog = TestProfiles.loadConfig(folder, TestProfiles.lines(BASE + config));

        AwsProfile profile = catalog.find("p").orElseThrow();
        assertThat(profile.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains(message);
        });
        assertThat(catalog.problems()).containsAll(profile.problems());
        assertThat(catalog.find("base").orElseThrow().problems()).isEmpty();
    }
}
