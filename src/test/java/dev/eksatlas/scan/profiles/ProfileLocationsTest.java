package dev.eksatlas.scan.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the files are: the SDK's settings, with a system property winning over the environment. */
class ProfileLocationsTest {
    private static final Path HOME = Path.of("/home/tester");

    @Test
    void defaultsToTheAwsFolderInHomeAndTheDefaultProfile() {
        ProfileLocations locations = ProfileLocations.resolve(Map.of(), Map.of(), HOME);

        assertThat(locations).isEqualTo(new ProfileLocations(
                HOME.resolve(".aws/config"), HOME.resolve(".aws/credentials"), "default"));
    }

    @Test
    void readsTheEnvironmentVariables() {
        ProfileLocations locations = ProfileLocations.resolve(Map.of(
                "AWS_CONFIG_FILE", "/etc/aws/config",
                "AWS_SHARED_CREDENTIALS_FILE", "/etc/aws/credentials",
                "AWS_PROFILE", "prod"), Map.of(), HOME);

        assertThat(locations).isEqualTo(new ProfileLocations(Path.of("/etc/aws/config"), Path.of("/etc/aws/credentials"), "prod"));
    }

    @Test
    void systemPropertiesWinOverTheEnvironment() {
        ProfileLocations locations = ProfileLocations.resolve(
                Map.of("AWS_CONFIG_FILE", "/env/config", "AWS_SHARED_CREDENTIALS_FILE", "/env/credentials", "AWS_PROFILE", "env"),
                Map.of("aws.configFile", "/prop/config", "aws.sharedCredentialsFile", "/prop/credentials", "aws.profile", "prop"),
                HOME);

        assertThat(locations).isEqualTo(new ProfileLocations(Path.of("/prop/config"), Path.of("/prop/credentials"), "prop"));
    }

    @Test
    void tildeMeansTheHomeFolderAndBlankMeansUnset() {
        ProfileLocations locations = ProfileLocations.resolve(
                Map.of("AWS_CONFIG_FILE", "~/work/aws-config", "AWS_PROFILE", "  "), Map.of("aws.sharedCredentialsFile", ""), HOME);

        assertThat(locations).isEqualTo(new ProfileLocations(
                HOME.resolve("work/aws-config"), HOME.resolve(".aws/credentials"), "default"));
    }

    @Test
    void findsTheHomeFolderAsTheSdkDoes() {
        Map<String, String> linux = Map.of("os.name", "Linux", "user.home", "/from/property");
        Map<String, String> windows = Map.of("os.name", "Windows 11", "user.home", "C:\\from\\property");

        assertThat(ProfileLocations.userHome(Map.of("HOME", "/from/env"), linux)).isEqualTo(Path.of("/from/env"));
        assertThat(ProfileLocations.userHome(Map.of(), linux)).isEqualTo(Path.of("/from/property"));
        assertThat(ProfileLocations.userHome(Map.of("USERPROFILE", "C:\\Users\\me"), windows)).isEqualTo(Path.of("C:\\Users\\me"));
        assertThat(ProfileLocations.userHome(Map.of("HOMEDRIVE", "D:", "HOMEPATH", "\\me"), windows)).isEqualTo(Path.of("D:\\me"));
        assertThat(ProfileLocations.userHome(Map.of("USERPROFILE", "C:\\Users\\me"), linux)).isEqualTo(Path.of("/from/property"));
    }

    @Test
    void filesThatDoNotExistAreEmptyWithoutProblems(@TempDir Path folder) {
        ProfileCatalog catalog = ProfileCatalog.load(ProfileLocations.resolve(Map.of(), Map.of(), folder));

        assertThat(catalog.profiles()).isEmpty();
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.sdkProfileFile().profiles()).isEmpty();
    }

    @Test
    void readsTheFilesTheEnvironmentNamesAndReportsAMissingDefaultProfile(@TempDir Path folder) {
        TestProfiles.write(folder.resolve("my-config"), "[profile dev]\nregion = eu-west-1\n");
        TestProfiles.write(folder.resolve("my-credentials"), "[dev]\naws_access_key_id = AKIADEVEXAMPLE000001\naws_secret_access_key = s\n");

        ProfileCatalog catalog = ProfileCatalog.load(ProfileLocations.resolve(Map.of(
                "AWS_CONFIG_FILE", folder.resolve("my-config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", folder.resolve("my-credentials").toString(),
                "AWS_PROFILE", "prod"), Map.of(), folder));

        assertThat(catalog.find("dev")).hasValueSatisfying(dev -> assertThat(dev.kind()).isEqualTo(ProfileKind.STATIC_KEYS));
        assertThat(catalog.defaultProfileName()).isEqualTo("prod");
        assertThat(catalog.problems()).extracting(ProfileProblem::describe).containsExactly(folder.resolve("my-config")
                + ": AWS_PROFILE (or aws.profile) names 'prod', which is not a profile in either file");
    }
}
