package dev.eksatlas.scan.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Whole-file problems: the file is reported and not read, and the other file still works. */
class ProfileFileLimitsTest {
    private static final String GOOD_CREDENTIALS = "[good]\naws_access_key_id = AKIAGOODEXAMPLE00001\naws_secret_access_key = s\n";

    @TempDir
    Path folder;

    @Test
    void reportsAFileOverTheSizeCapWithoutReadingIt() throws IOException {
        StringBuilder huge = new StringBuilder();
        for (int i = 0; huge.length() <= 2 * 1024 * 1024; i++) {
            huge.append("[profile p").append(i).append("]\nregion = eu-west-1\noutput = json\n");
        }

        ProfileCatalog catalog = TestProfiles.load(folder, huge.toString(), GOOD_CREDENTIALS);

        assertThat(catalog.problems()).extracting(ProfileProblem::describe)
                .containsExactly(folder.resolve("config") + ": is 2 MiB, larger than the 1 MiB this app reads; not read");
        assertThat(catalog.profiles()).extracting(AwsProfile::name).containsExactly("good");
        assertThat(TestProfiles.resolve(catalog, "good").accessKeyId()).isEqualTo("AKIAGOODEXAMPLE00001");
    }

    @Test
    void readsAFileJustUnderTheCap() {
        StringBuilder big = new StringBuilder();
        int count = 0;
        while (big.length() < 1024 * 1024 - 100) {
            big.append("[profile p").append(count++).append("]\ncredential_process = /bin/c\n");
        }

        ProfileCatalog catalog = TestProfiles.load(folder, big.toString(), null);

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.profiles()).hasSize(count);
    }

    @Test
    void reportsUtf16AndFolders() throws IOException {
        Files.write(folder.resolve("credentials"), ("\uFEFF" + GOOD_CREDENTIALS).getBytes(StandardCharsets.UTF_16LE));
        Files.createDirectory(folder.resolve("config"));

        ProfileCatalog catalog = ProfileCatalog.load(new ProfileLocations(folder.resolve("config"), folder.resolve("credentials"), "default"));

        assertThat(catalog.problems()).extracting(ProfileProblem::line, ProfileProblem::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(0, "is a folder, not a file; not read"),
                org.assertj.core.groups.Tuple.tuple(0, "is saved as UTF-16 text; the AWS tools read UTF-8 only, so it was not read (save it as UTF-8)"));
        assertThat(catalog.profiles()).isEmpty();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void reportsAFileItMayNotRead() throws IOException {
        Path credentials = TestProfiles.write(folder.resolve("credentials"), GOOD_CREDENTIALS);
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(credentials)).as("running as a user who can read any file").isFalse();

        ProfileCatalog catalog = TestProfiles.load(folder, "[profile dev]\nregion = eu-west-1\n", null);

        assertThat(catalog.problems()).extracting(ProfileProblem::message).contains("cannot be read: permission denied");
        assertThat(catalog.find("dev")).isPresent();
    }

    @Test
    void capsTheProblemsListedForOneFile() {
        ProfileCatalog catalog = TestProfiles.load(folder, null, "[a]\n" + "no equals here\n".repeat(200));

        assertThat(catalog.problems()).hasSize(ProblemLog.MAX_PROBLEMS_PER_FILE + 2);
        assertThat(catalog.problems()).extracting(ProfileProblem::message)
                .contains("150 more problems in this file are not listed", "has no credentials: no keys, role, SSO settings or credential_process");
    }
}
