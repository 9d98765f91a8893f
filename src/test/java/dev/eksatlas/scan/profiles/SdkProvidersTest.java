package dev.eksatlas.scan.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * The SDK's own profile providers, given the catalog's sanitised file, resolve each kind for real:
 * keys directly, credential_process by running it, AssumeRole / web identity through {@code sts}
 * and SSO through {@code sso}, against a loopback endpoint. A malformed line sits in every file.
 */
class SdkProvidersTest {
    private static final String BROKEN_LINE = "this line is not a property\n";

    @TempDir
    Path home;

    @Test
    void resolvesStaticAndSessionKeys() {
        ProfileCatalog catalog = TestProfiles.load(home, "[profile other]\n" + BROKEN_LINE, """
                [static]
                aws_access_key_id = AKIASTATICEXAMPLE001
                aws_secret_access_key = static-secret
                oops
                [session]
                aws_access_key_id = ASIASESSIONEXAMPLE01
                aws_secret_access_key = session-secret
                aws_session_token = session-token
                """);

        assertThat(TestProfiles.resolve(catalog, "static").accessKeyId()).isEqualTo("AKIASTATICEXAMPLE001");
        AwsCredentials session = TestProfiles.resolve(catalog, "session");
        assertThat(session).isInstanceOf(AwsSessionCredentials.class);
        assertThat(((AwsSessionCredentials) session).sessionToken()).isEqualTo("session-token");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void runsTheCredentialProcess() {
        ProfileCatalog catalog = TestProfiles.loadConfig(home, "[profile process]\n" + BROKEN_LINE
                + "credential_process = echo '{\"Version\":1,\"AccessKeyId\":\"AKIAPROCESSEXAMPLE01\",\"SecretAccessKey\":\"p\"}'\n");

        assertThat(catalog.find("process").orElseThrow().kind()).isEqualTo(ProfileKind.CREDENTIAL_PROCESS);
        assertThat(TestProfiles.resolve(catalog, "process").accessKeyId()).isEqualTo("AKIAPROCESSEXAMPLE01");
    }

    @Test
    void assumesTheRoleWithTheSourceProfilesKeys() throws Exception {
        ProfileCatalog catalog = TestProfiles.loadConfig(home, """
                [profile base]
                aws_access_key_id = AKIABASEEXAMPLE00001
                aws_secret_access_key = base-secret
                [profile admin]
                role_arn = arn:aws:iam::444455556666:role/Admin
                source_profile = base
                region = us-east-1
                """ + BROKEN_LINE);

        try (LocalAwsEndpoint sts = new LocalAwsEndpoint();
             SdkSettingsOverride ignored = SdkSettingsOverride.home(home).property("aws.endpointUrlSts", sts.url())) {
            assertThat(TestProfiles.resolve(catalog, "admin").accessKeyId()).isEqualTo(LocalAwsEndpoint.ROLE_KEY_ID);
            assertThat(sts.requests()).singleElement().asString()
                    .contains("Action=AssumeRole&", "RoleArn=arn%3Aaws%3Aiam%3A%3A444455556666%3Arole%2FAdmin", "Credential=AKIABASEEXAMPLE00001/");
        }
    }

    @Test
    void assumesTheRoleWithAWebIdentityToken() throws Exception {
        Path token = Files.writeString(home.resolve("token"), "eyJ.fixture.token");
        ProfileCatalog catalog = TestProfiles.loadConfig(home, "[profile irsa]\n" + BROKEN_LINE
                + "role_arn = arn:aws:iam::444455556666:role/Pod\nweb_identity_token_file = " + token + "\n");

        // The SDK's web identity provider takes its STS region from the default region chain, not from the
        // profile; without one it calls the global endpoint https://sts.amazonaws.com, which no setting redirects.
        try (LocalAwsEndpoint sts = new LocalAwsEndpoint();
             SdkSettingsOverride ignored = SdkSettingsOverride.home(home).property("aws.region", "us-east-1")
                     .property("aws.endpointUrlSts", sts.url())) {
            assertThat(TestProfiles.resolve(catalog, "irsa").accessKeyId()).isEqualTo(LocalAwsEndpoint.ROLE_KEY_ID);
            assertThat(sts.requests()).singleElement().asString().contains("Action=AssumeRoleWithWebIdentity", "WebIdentityToken=eyJ.fixture.token");
        }
    }

    /** SSO in a fresh JVM: the SDK fixes its token cache folder once per JVM (see {@link ResolveInFreshJvm}). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sso-session | sso_session = corp // [sso-session corp] // sso_start_url = https://example.awsapps.com/start // sso_region = us-east-1 | corp
            legacy      | sso_start_url = https://example.awsapps.com/start // sso_region = us-east-1                                          | https://example.awsapps.com/start
            """)
    void getsRoleCredentialsWithACachedSsoToken(String form, String ssoSettings, String cacheKey) throws Exception {
        Path config = TestProfiles.write(home.resolve("config"), TestProfiles.lines(
                "[profile dev] // sso_account_id = 111122223333 // sso_role_name = ReadOnly // " + BROKEN_LINE.trim() + " // " + ssoSettings));
        SsoTokenCache.write(home, cacheKey, SsoTokenCache.IN_ONE_HOUR);

        try (LocalAwsEndpoint portal = new LocalAwsEndpoint()) {
            ResolveInFreshJvm.Outcome outcome = ResolveInFreshJvm.run(home, config, "dev", Map.of("aws.endpointUrlSso", portal.url()));

            assertThat(outcome.result()).as(outcome.causes()).isEqualTo("RESOLVED " + LocalAwsEndpoint.SSO_KEY_ID);
            assertThat(portal.requests()).singleElement().asString()
                    .startsWith("GET /federation/credentials?").contains("account_id=111122223333", "role_name=ReadOnly");
        }
    }
}
