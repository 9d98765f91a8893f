package dev.eksatlas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedFileTest {
    private static final String OLD = "old report\r\n";

    @TempDir
    Path dir;

    @Test
    void commitReplacesTheOlderFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = old("roles.csv");
        try (StagedFile<Long> staged = StagedFile.write(file, out -> write(out, "new"))) {
            assertThat(file).hasContent(OLD);
            staged.commit();
        }
        assertThat(file).hasContent("new");
        assertThat(names()).containsExactly("roles.csv");
    }

    @Test
    void sizeAndSha256AreThoseOfTheWrittenBytes() throws Exception {
        Path file = dir.resolve("x.csv");
        try (StagedFile<Long> staged = StagedFile.write(file, out -> write(out, "클러스터,🚀\r\n"))) {
            staged.commit();
            byte[] bytes = Files.readAllBytes(file);
            assertThat(staged.bytes()).isEqualTo(bytes.length);
            assertThat(staged.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(staged.result()).isEqualTo(bytes.length);
        }
    }

    @Test
    void aFailingWriteLeavesTheOlderFileAndNoTemporaryFile() throws IOException {
        Path file = old("roles.csv");
        assertThatThrownBy(() -> StagedFile.write(file, out -> {
            out.write(new byte[200_000]);
            throw new IOException("No space left on device");
        })).isInstanceOf(ExportException.class).hasMessage("Cannot write " + file + ": the disk is full.");
        assertThat(file).hasContent(OLD);
        assertThat(names()).containsExactly("roles.csv");
    }

    @Test
    void aBugInTheBodyPropagatesAndStillLeavesNoTemporaryFile() throws IOException {
        Path file = old("roles.csv");
        assertThatThrownBy(() -> StagedFile.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("column bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(file).hasContent(OLD);
        assertThat(names()).containsExactly("roles.csv");
    }

    @Test
    void anInterruptedExportLeavesTheOlderFile() throws IOException {
        Path file = old("roles.csv");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> StagedFile.write(file, out -> new CsvWriter(false).write(
                    CsvWriterTestReports.TEXTS, Stream.generate(() -> "row").limit(100_000), out)))
                    .isInstanceOf(ExportException.class).hasMessageContaining("interrupted");
        } finally {
            Thread.interrupted();
        }
        assertThat(file).hasContent(OLD);
        assertThat(names()).containsExactly("roles.csv");
    }

    @Test
    void closingWithoutCommitDiscardsTheNewFile() throws IOException {
        Path file = old("roles.csv");
        try (StagedFile<Long> staged = StagedFile.write(file, out -> write(out, "new"))) {
            assertThat(names()).hasSize(2);
            assertThat(staged.target()).isEqualTo(file);
        }
        assertThat(file).hasContent(OLD);
        assertThat(names()).containsExactly("roles.csv");
    }

    @Test
    void aMissingFolderIsNamed() throws IOException {
        Path file = dir.resolve("missing/roles.csv");
        assertThatThrownBy(() -> StagedFile.write(file, out -> write(out, "x")))
                .isInstanceOf(ExportException.class)
                .hasMessage("Cannot write " + file + ": the folder " + dir.resolve("missing") + " does not exist.")
                .extracting(e -> ((ExportException) e).path()).isEqualTo(file);
        assertThat(names()).isEmpty();
    }

    @Test
    void aFileWhereAFolderIsExpectedIsNamed() throws IOException {
        old("notes.txt");
        Path file = dir.resolve("notes.txt/roles.csv");
        assertThatThrownBy(() -> StagedFile.write(file, out -> write(out, "x")))
                .hasMessage("Cannot write " + file + ": " + dir.resolve("notes.txt") + " is a file, not a folder.");
        assertThat(dir.resolve("notes.txt")).hasContent(OLD);
    }

    @Test
    void aFolderWhereAFileIsExpectedIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("roles.csv"));
        assertThatThrownBy(() -> StagedFile.write(folder, out -> write(out, "x")))
                .hasMessage("Cannot write " + folder + ": it is a folder; give a file name.");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aFileNameTheFileSystemRejectsIsReportedInPlainWords() throws IOException {
        Path file = dir.resolve("r".repeat(300) + ".csv");
        assertThatThrownBy(() -> {
            try (StagedFile<Long> staged = StagedFile.write(file, out -> write(out, "x"))) {
                staged.commit();
            }
        })
                .isInstanceOf(ExportException.class)
                .hasMessage("Cannot write " + file + ": the file name is too long for this file system.");
        assertThat(names()).isEmpty();
    }

    @Test
    void aDeviceIsNotReplaced() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "a POSIX system");
        assertThatThrownBy(() -> StagedFile.write(devNull, out -> write(out, "x")))
                .hasMessage("Cannot write /dev/null: it is not a regular file.");
        assertThat(devNull).exists();
    }

    @Test
    void aReadOnlyFolderIsReportedAndTheOlderFileKept() throws Exception {
        Path file = old("roles.csv");
        try (ReadOnly ro = ReadOnly.make(dir)) {
            assumeTrue(ro.holds(), "no way to make a folder read-only here");
            assertThatThrownBy(() -> StagedFile.write(file, out -> write(out, "new")))
                    .hasMessage("Cannot write " + file + ": the folder " + dir + " is read-only.");
        }
        assertThat(file).hasContent(OLD);
        assertThat(names()).containsExactly("roles.csv");
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws Exception {
        Path file = old("roles.csv");
        try (ReadOnly ro = ReadOnly.make(file)) {
            assumeTrue(ro.holds(), "no way to make a file read-only here");
            assertThatThrownBy(() -> StagedFile.write(file, out -> write(out, "new")))
                    .hasMessage("Cannot write " + file + ": the file is read-only.");
        }
        assertThat(file).hasContent(OLD);
        assertThat(names()).containsExactly("roles.csv");
    }

    @Test
    void aLinkIsFollowedAndKept() throws IOException {
        Path real = old("real.csv");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        try (StagedFile<Long> staged = StagedFile.write(link, out -> write(out, "new"))) {
            staged.commit();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
    }

    private Path old(String name) throws IOException {
        return Files.writeString(dir.resolve(name), OLD);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static long write(java.io.OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        return bytes.length;
    }
}
