package dev.eksatlas.scan.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * An expired or missing SSO sign-in, produced for real by the SDK's SSO providers reading a token
 * cache in a test home folder, becomes the exact fix: {@code aws sso login --profile NAME}. The
 * SDK resolves in a fresh JVM each time (see {@link ResolveInFreshJvm}).
 */
class SsoLoginAdviceTest {
    private static final String CONFIG = """
            [profile legacy]
            sso_start_url = https://legacy.awsapps.com/start
            sso_region = us-east-1
            sso_account_id = 111122223333
            sso_role_name = ReadOnly
            [profile session]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = ReadOnly
            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = us-east-1
            [profile admin]
            role_arn = arn:aws:iam::444455556666:role/Admin
            source_profile = session
            [profile keys]
            aws_access_key_id = AKIAKEYSEXAMPLE00001
            aws_secret_access_key = keys-secret
            [profile orphan]
            role_arn = arn:aws:iam::444455556666:role/Admin
            source_profile = nobody
            """;

    @TempDir
    Path home;

    /** {@code cause} tells an expired token that was read from a token that was never there. */
    @ParameterizedTest(name = "{0} with {2} token")
    @CsvSource(delimiter = '|', textBlock = """
            legacy  | https://legacy.awsapps.com/start | expired | ExpiredTokenException: The SSO session associated with this profile has expired
            legacy  | https://legacy.awsapps.com/start | missing | NoSuchFileException
            session | corp                             | expired | NullPointerException: clientId is null
            session | corp                             | missing | SdkClientException: Unable to load SSO token
            """)
    void tellsTheUserToSignInAgain(String profile, String cacheKey, String token, String cause) throws Exception {
        if (token.equals("expired")) {
            SsoTokenCache.write(home, cacheKey, SsoTokenCache.AN_HOUR_AGO);
        }

        ResolveInFreshJvm.Outcome outcome = ResolveInFreshJvm.run(home, TestProfiles.write(home.resolve("config"), CONFIG), profile, Map.of());

        assertThat(outcome.result()).isEqualTo("ADVICE The AWS SSO sign-in for profile '" + profile
                + "' has expired or was never done. Sign in again with: aws sso login --profile " + profile);
        assertThat(outcome.causes()).contains(cause);
    }

    @Test
    void namesTheSsoProfileBehindAnAssumedRole() throws Exception {
        SsoTokenCache.write(home, "corp", SsoTokenCache.AN_HOUR_AGO);

        ResolveInFreshJvm.Outcome outcome = ResolveInFreshJvm.run(home, TestProfiles.write(home.resolve("config"), CONFIG), "admin", Map.of());

        assertThat(outcome.result()).isEqualTo("ADVICE Profile 'admin' gets its credentials through the SSO profile 'session', whose"
                + " sign-in has expired or was never done. Sign in again with: aws sso login --profile session");
    }

    @Test
    void givesNoAdviceForOtherFailures() {
        ProfileCatalog catalog = TestProfiles.loadConfig(home, CONFIG);
        Throwable orphanFailure;
        try (SdkSettingsOverride ignored = SdkSettingsOverride.home(home)) {
            orphanFailure = catchThrowable(() -> TestProfiles.resolve(catalog, "orphan"));
        }

        assertThat(orphanFailure).isInstanceOf(IllegalStateException.class);
        assertThat(SsoLoginAdvice.forFailure(catalog, "orphan", orphanFailure)).isEmpty();
        assertThat(SsoLoginAdvice.forFailure(catalog, "keys",
                SdkClientException.create("Unable to execute HTTP request: Connect timed out"))).isEmpty();
    }

    @Test
    void findsTheSsoFailureDeepInTheCauseChain() {
        ProfileCatalog catalog = TestProfiles.loadConfig(home, CONFIG);
        Throwable wrapped = new IllegalStateException("scan failed", new RuntimeException(SdkClientException.create("Token is expired")));

        assertThat(SsoLoginAdvice.forFailure(catalog, "session", wrapped)).hasValueSatisfying(advice ->
                assertThat(advice.command()).isEqualTo("aws sso login --profile session"));
    }
}
