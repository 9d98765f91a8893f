package dev.eksatlas.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.export.CsvWriter;
import dev.eksatlas.export.ExportService;
import dev.eksatlas.report.ClusterScope;
import dev.eksatlas.report.CoverageReport;
import dev.eksatlas.report.Report;
import dev.eksatlas.report.Sourced;
import dev.eksatlas.report.TestSnapshots;
import dev.eksatlas.domain.CoverageGap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    private static final Report<Sourced<CoverageGap>> COVERAGE = CoverageReport.report();
    private final List<Sourced<CoverageGap>> rows = COVERAGE.rows(TestSnapshots.both(), ClusterScope.all()).toList();
    private final CsvExport export = new CsvExport(new ImmediateTaskRunner(), new ExportService(new CsvWriter(false), "test"),
            new Messages(Locale.ENGLISH));
    private final List<String> done = new ArrayList<>();
    private final List<UserError> errors = new ArrayList<>();

    @TempDir
    Path folder;

    @Test
    void writesTheRowsWithTheReportsHeaderAndSaysWhere() throws Exception {
        Path file = folder.resolve("coverage.csv");

        export.write(COVERAGE.definition(), rows, file, done::add, errors::add);

        assertThat(Files.readAllLines(file).getFirst()).isEqualTo(String.join(",", COVERAGE.definition().headers()));
        assertThat(done).containsExactly("Wrote 4 rows to " + file + ".");
        assertThat(errors).isEmpty();
    }

    @Test
    void aFolderThatDoesNotExistGivesAPlainErrorWithTheFixAndTheReasonBehindDetails() {
        Path file = folder.resolve("missing").resolve("coverage.csv");

        export.write(COVERAGE.definition(), rows, file, done::add, errors::add);

        assertThat(done).isEmpty();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.summary()).isEqualTo("Could not write " + file);
            assertThat(e.fix()).startsWith("Choose a folder you can write to");
            assertThat(e.details()).contains("does not exist").doesNotContain("\tat ");
        });
        assertThat(Files.exists(file)).isFalse();
    }
}
