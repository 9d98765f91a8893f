package dev.eksatlas.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.scan.ProfileFailure;
import dev.eksatlas.scan.profiles.ProfileCatalog;
import dev.eksatlas.scan.profiles.ProfileLocations;
import dev.eksatlas.scan.profiles.SsoLoginAdvice;
import dev.eksatlas.ui.common.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Scan failures in plain words: the fix where there is one, technical text only behind "Details", never stack frames. */
class ScanProblemsTest {
    private final ScanProblems english = new ScanProblems(new Messages(Locale.ENGLISH), "/data/logs");

    @TempDir
    Path aws;

    /** The advice the scan gives for an SSO sign-in that is missing, behind an assume-role profile. */
    private String ssoAdviceFor(String profile) throws IOException {
        Files.writeString(aws.resolve("config"), """
                [profile corp-sso]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                [profile prod-admin]
                role_arn = arn:aws:iam::444455556666:role/Admin
                source_profile = corp-sso
                """);
        ProfileCatalog catalog = ProfileCatalog.load(new ProfileLocations(aws.resolve("config"), aws.resolve("credentials"), "default"));
        return SsoLoginAdvice.forFailure(catalog, profile, SdkClientException.create("Unable to load SSO token")).orElseThrow().message();
    }

    @Test
    void anSsoSignInBehindAnAssumeRoleProfileNamesTheLoginToRun() throws IOException {
        ScanProblem problem = english.of(new ProfileFailure("prod-admin", ssoAdviceFor("prod-admin")));

        assertThat(problem.title()).isEqualTo("Sign in to AWS again for profile prod-admin");
        assertThat(problem.fix()).isEqualTo("aws sso login --profile corp-sso");
        assertThat(problem.details()).contains("Profile: prod-admin").contains("/data/logs");
    }

    @Test
    void otherProfileFailuresKeepTheScansOwnWordsWithoutAFix() {
        ScanProblem problem = english.of(new ProfileFailure("keys", "AWS rejected the access key of profile 'keys' "
                + "(InvalidClientTokenId): check the key in the credentials file."));

        assertThat(problem.title()).isEqualTo("Profile keys could not be scanned");
        assertThat(problem.body()).startsWith("AWS rejected the access key");
        assertThat(problem.fix()).isNull();
    }

    @Test
    void anUnexpectedErrorShowsItsCausesButNoStackFrames() {
        RuntimeException failure = new IllegalStateException("could not write the snapshot",
                new UncheckedIOException("disk", new IOException("No space left on device\nsecond line")));

        ScanProblem problem = english.unexpected(failure);

        assertThat(problem.title()).isEqualTo("The scan stopped because of an unexpected error");
        assertThat(problem.body()).contains("/data/logs");
        assertThat(problem.details()).isEqualTo("""
                java.lang.IllegalStateException: could not write the snapshot
                caused by java.io.UncheckedIOException: disk
                caused by java.io.IOException: No space left on device""");
    }

    @Test
    void koreanProblemsKeepTheCommandAsItIs() throws IOException {
        ScanProblem problem = new ScanProblems(new Messages(Locale.KOREAN), "/data/logs")
                .of(new ProfileFailure("corp-sso", ssoAdviceFor("corp-sso")));

        assertThat(problem.title()).isEqualTo("프로필 corp-sso의 AWS 로그인을 다시 하세요");
        assertThat(problem.fix()).isEqualTo("aws sso login --profile corp-sso");
    }
}
