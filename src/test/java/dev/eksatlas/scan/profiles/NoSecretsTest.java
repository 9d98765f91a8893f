package dev.eksatlas.scan.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No secret value, well-formed or broken, reaches a record, its toString or a problem message. */
class NoSecretsTest {
    private static final List<String> SECRETS = List.of(
            "S3cretAlphaValue", "S3cretSessionToken", "S3cretDuplicateFirst", "S3cretPastedAlone", "S3cretBadKeyValue",
            "S3cretContinued", "S3cretInConfig", "S3cretProcessToken", "S3cretInJunk", "S3cretNested",
            "AKIAFULLKEYID0000001");

    private static final String CREDENTIALS = """
            [alpha]
            aws_access_key_id = AKIAFULLKEYID0000001
            aws_secret_access_key = S3cretDuplicateFirst
            aws_secret_access_key = S3cretAlphaValue
            aws_session_token = S3cretSessionToken
            S3cretPastedAlone
            secret key = S3cretBadKeyValue
            [beta]
            aws_access_key_id = AKIAFULLKEYID0000001
            aws_secret_access_key = first-part
              S3cretContinued
            [gamma]
            aws_access_key_id = AKIAFULLKEYID0000001
            \u0000\u0001 S3cretInJunk
            """;

    private static final String CONFIG = """
            [profile alpha]
            aws_secret_access_key = S3cretInConfig
            [profile process]
            credential_process = /usr/local/bin/creds --token S3cretProcessToken
            [profile nested]
            s3 =
              bad nested key S3cretNested
            [profile unterminated S3cretPastedAlone
            """;

    @TempDir
    Path folder;

    @Test
    void keepsSecretsOutOfRecordsProblemsAndTheSdkFilesToString() {
        ProfileCatalog catalog = TestProfiles.load(folder, CONFIG, CREDENTIALS);

        List<String> texts = new ArrayList<>(List.of(catalog.toString(), catalog.sdkProfileFile().toString()));
        catalog.profiles().forEach(profile -> texts.add(profile.toString()));
        catalog.problems().forEach(problem -> {
            texts.add(problem.toString());
            texts.add(problem.describe());
        });

        assertThat(catalog.problems()).hasSizeGreaterThanOrEqualTo(6);
        for (String secret : SECRETS) {
            assertThat(texts).as(secret).noneMatch(text -> text.contains(secret));
        }
        assertThat(catalog.find("alpha").orElseThrow().maskedAccessKeyId()).isEqualTo("AKIA…0001");
        assertThat(TestProfiles.resolve(catalog, "alpha").secretAccessKey()).isEqualTo("S3cretAlphaValue");
    }

    @ParameterizedTest
    @ValueSource(classes = {AwsProfile.class, ProfileProblem.class, ProfileLocations.class, SsoLoginAdvice.class})
    void publicRecordsHoldNoSdkTypes(Class<?> type) {
        assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType))
                .allMatch(component -> component.isPrimitive() || component.getName().startsWith("java.")
                        || component.getPackageName().equals(ProfileCatalog.class.getPackageName()));
    }
}
