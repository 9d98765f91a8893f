package dev.eksatlas.scan.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The corpus of malformed files: each gives a message naming the file and the line, and the other
 * profiles still parse and resolve through the SDK, also where the SDK alone rejects the file.
 */
class ProfileFileCorpusTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # fixture                   | line | message                                                                      | good profiles                                           | SDK alone
            unterminated-section.config | 6    | unterminated section header: expected ']'                                    | alpha=STATIC_KEYS omega=STATIC_KEYS                     | fails
            missing-equals.credentials  | 7    | expected 'key = value'                                                       | alpha=STATIC_KEYS beta=STATIC_KEYS                      | fails
            duplicate-profiles.config   | 8    | profile 'alpha' appears again (first on line 1)                              | alpha=STATIC_KEYS beta=CREDENTIAL_PROCESS               | reads
            source-profile-cycle.config | 7    | Circular relationship detected with profiles a -> b -> a                     | base=STATIC_KEYS chained=ASSUME_ROLE_SOURCE_PROFILE     | reads
            unknown-keys.config         | 7    | a key may only hold letters, digits and - / . % @ _ : +                      | alpha=STATIC_KEYS                                       | reads
            binary-junk.credentials     | 5    | binary or non-text content (through line 8); skipped                         | alpha=STATIC_KEYS beta=STATIC_KEYS                      | fails
            crlf.credentials            | 5    | expected 'key = value'                                                       | alpha=STATIC_KEYS beta=STATIC_KEYS                      | fails
            bom.config                  | 1    | starts with a byte-order mark (BOM)                                          | alpha=STATIC_KEYS                                       | fails
            tabs.config                 | 9    | indented line with no property above it to continue                         | alpha=STATIC_KEYS                                       | fails
            bare-name.config            | 1    | [dev] is ignored: in the config file a profile is written [profile dev]      | prod=STATIC_KEYS                                        | reads
            default-precedence.config   | 1    | [default] is ignored because [profile default] (line 5) takes precedence     | default=STATIC_KEYS                                     | reads
            outside-section.credentials | 1    | 'key = value' before any section header                                      | alpha=STATIC_KEYS                                       | fails
            """)
    void reportsTheLineAndKeepsTheOtherProfiles(String fixture, int line, String message, String goodProfiles, String sdkAlone)
            throws IOException {
        ProfileCatalog catalog = load(fixture);

        assertThat(catalog.problems()).extracting(ProfileProblem::describe)
                .anyMatch(text -> text.startsWith(TestProfiles.fixture(fixture) + ", line " + line + ": ") && text.contains(message));
        for (String expected : goodProfiles.split(" ")) {
            String name = expected.split("=")[0];
            assertThat(catalog.find(name)).as(expected).hasValueSatisfying(profile ->
                    assertThat(profile.kind()).hasToString(expected.split("=")[1]));
            if (expected.endsWith("=STATIC_KEYS")) {
                assertThat(TestProfiles.resolve(catalog, name).accessKeyId()).contains(name.toUpperCase(java.util.Locale.ROOT));
            }
        }
        if (sdkAlone.equals("fails")) {
            assertThatThrownBy(() -> readWithSdkAlone(fixture)).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThatCode(() -> readWithSdkAlone(fixture)).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            comments.config | alpha | eu-west-1 | arn:aws:iam::111122223333:role/team#ops | base
            tabs.config     | alpha | eu-west-1 |                                         |
            """)
    void readsValuesWithoutCommentsOrTabs(String fixture, String name, String region, String roleArn, String sourceProfile) {
        AwsProfile profile = load(fixture).find(name).orElseThrow();

        assertThat(profile.region()).isEqualTo(region);
        assertThat(profile.roleArn()).isEqualTo(roleArn);
        assertThat(profile.sourceProfile()).isEqualTo(sourceProfile);
    }

    @org.junit.jupiter.api.Test
    void keepsCommentsOnContinuationLinesAsTheSdkDoes() {
        ProfileCatalog catalog = load("comments.config");

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.sdkProfileFile().profile("alpha").orElseThrow().property("note"))
                .contains("first part\n; an indented line continues the value, comments included");
    }

    private ProfileCatalog load(String fixture) {
        Path file = TestProfiles.fixture(fixture);
        Path absent = folder.resolve("absent");
        return ProfileCatalog.load(fixture.endsWith(".config")
                ? new ProfileLocations(file, absent, "default")
                : new ProfileLocations(absent, file, "default"));
    }

    private static void readWithSdkAlone(String fixture) throws IOException {
        ProfileFile.Type type = fixture.endsWith(".config") ? ProfileFile.Type.CONFIGURATION : ProfileFile.Type.CREDENTIALS;
        try (InputStream in = Files.newInputStream(TestProfiles.fixture(fixture))) {
            ProfileFile.builder().content(in).type(type).build();
        }
    }
}
