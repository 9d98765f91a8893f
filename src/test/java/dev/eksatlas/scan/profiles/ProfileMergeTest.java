package dev.eksatlas.scan.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.Profile;

/** How the two files combine: as the SDK's aggregator does, credentials file first. */
class ProfileMergeTest {
    @TempDir
    Path folder;

    @Test
    void mergesTheSameProfileFromBothFiles() {
        ProfileCatalog catalog = TestProfiles.load(folder,
                "[profile dev]\nregion = eu-west-1\n",
                "[dev]\naws_access_key_id = AKIADEVEXAMPLE000001\naws_secret_access_key = dev-secret\n");

        AwsProfile dev = catalog.find("dev").orElseThrow();
        assertThat(dev.kind()).isEqualTo(ProfileKind.STATIC_KEYS);
        assertThat(dev.region()).isEqualTo("eu-west-1");
        assertThat(catalog.problems()).isEmpty();
        Profile forSdk = catalog.sdkProfileFile().profile("dev").orElseThrow();
        assertThat(forSdk.property("region")).contains("eu-west-1");
        assertThat(TestProfiles.resolve(catalog, "dev").accessKeyId()).isEqualTo("AKIADEVEXAMPLE000001");
    }

    @Test
    void credentialsFileWinsAKeyBothFilesSetAndSaysSo() {
        ProfileCatalog catalog = TestProfiles.load(folder,
                "[profile dev]\n\nregion = eu-west-1\n",
                "[dev]\nregion = us-east-2\naws_access_key_id = AKIADEVEXAMPLE000001\naws_secret_access_key = dev-secret\n");

        AwsProfile dev = catalog.find("dev").orElseThrow();
        assertThat(dev.region()).isEqualTo("us-east-2");
        assertThat(catalog.sdkProfileFile().profile("dev").orElseThrow().property("region")).contains("us-east-2");
        assertThat(dev.problems()).extracting(ProfileProblem::describe).containsExactly(
                folder.resolve("config") + ", line 3: 'region' is also set in the credentials file (line 2); the SDK uses that value");
    }

    @Test
    void sameValueInBothFilesIsNoProblem() {
        ProfileCatalog catalog = TestProfiles.load(folder, "[default]\nregion = eu-west-1\n",
                "[default]\nregion = eu-west-1\naws_access_key_id = AKIADEFEXAMPLE000001\naws_secret_access_key = s\n");

        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void profileDefaultBeatsBareDefaultInConfigOnly() {
        ProfileCatalog catalog = TestProfiles.load(folder,
                "[default]\noutput = text\n[profile default]\nregion = us-east-1\n",
                "[default]\naws_access_key_id = AKIADEFEXAMPLE000001\naws_secret_access_key = s\n");

        Profile forSdk = catalog.sdkProfileFile().profile("default").orElseThrow();
        assertThat(forSdk.properties()).containsKeys("region", "aws_access_key_id").doesNotContainKey("output");
        assertThat(catalog.find("default").orElseThrow().region()).isEqualTo("us-east-1");
    }

    @Test
    void sectionsThatBelongInTheConfigFileAreIgnoredInTheCredentialsFile() {
        ProfileCatalog catalog = TestProfiles.load(folder, null,
                "[profile dev]\nregion = eu-west-1\n[sso-session corp]\nsso_region = us-east-1\n[ok]\naws_access_key_id = AKIAOKEXAMPLE0000001\naws_secret_access_key = s\n");

        assertThat(catalog.profiles()).extracting(AwsProfile::name).containsExactly("ok");
        assertThat(catalog.problems()).extracting(ProfileProblem::line, ProfileProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "[profile dev] is ignored: in the credentials file a profile is written [dev], without 'profile'"),
                org.assertj.core.groups.Tuple.tuple(3, "[sso-session corp] is ignored: this kind of section belongs in the config file, not the credentials file"));
    }

    @Test
    void ssoSessionAndServicesSectionsReachTheSdk() {
        ProfileCatalog catalog = TestProfiles.loadConfig(folder, """
                [profile dev]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                services = local
                endpoint_url = http://127.0.0.1:4566
                [sso-session corp]
                sso_start_url = https://example.awsapps.com/start
                sso_region = us-east-1
                [services local]
                eks =
                  endpoint_url = http://127.0.0.1:8765
                """);

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.find("dev").orElseThrow().endpointUrl()).isEqualTo("http://127.0.0.1:4566");
        assertThat(catalog.sdkProfileFile().getSection("sso-session", "corp").orElseThrow().property("sso_region")).contains("us-east-1");
        assertThat(catalog.sdkProfileFile().getSection("services", "local").orElseThrow().property("eks.endpoint_url"))
                .contains("http://127.0.0.1:8765");
    }

    @Test
    void listsProfilesByNameIgnoringCase() {
        ProfileCatalog catalog = TestProfiles.load(folder, "[profile beta]\nregion = x\n[profile Alpha]\nregion = y\n", "[gamma]\nregion = z\n");

        assertThat(catalog.profiles()).extracting(AwsProfile::name).containsExactly("Alpha", "beta", "gamma");
    }
}
