package dev.eksatlas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.report.Column;
import dev.eksatlas.report.Report;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.report.ReportRegistry;
import dev.eksatlas.report.SnapshotReport;
import dev.eksatlas.report.Sourced;
import dev.eksatlas.report.TestSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {
    private static final List<Report<?>> REPORTS = new ReportRegistry(ReportRegistry.standardReports()).all();
    private static final ExportInput INPUT = ExportInput.of(TestSnapshots.both(), Selection.all());
    private static final List<String> FILES = List.of("SHA256SUMS", "associations.csv", "cluster-summary.csv", "clusters.csv", "comparison.csv", "coverage.csv",
            "findings.csv", "manifest.json", "migration-plan.csv", "oidc-providers.csv", "roles.csv", "service-accounts.csv", "stale-tokens.csv");

    private final ExportService service = new ExportService(new CsvWriter(true), "9.9.9-test");

    @TempDir
    Path dir;

    @Test
    void writesEveryReportAManifestAndChecksums() throws Exception {
        ExportManifest manifest = service.writeAll(REPORTS, INPUT, dir);

        assertThat(names(dir)).containsExactlyElementsOf(FILES);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertThat(json.get("appVersion").asText()).isEqualTo("9.9.9-test");
        assertThat(json.get("byteOrderMark").asBoolean()).isTrue();
        assertThat(json.get("snapshots").toString()).isEqualTo("""
                [{"accountId":"022222222222","profile":"dev-sso","scanTime":"2026-11-21T09:00:00Z"},\
                {"accountId":"111111111111","profile":"prod","scanTime":"2026-11-20T08:30:15Z"}]""");
        assertThat(manifest.reports()).extracting(WrittenFile::report).containsExactly("clusters", "cluster-summary", "comparison", "service-accounts", "findings",
                "roles", "oidc-providers", "associations", "coverage", "migration-plan", "stale-tokens");
        for (JsonNode entry : json.get("reports")) {
            byte[] bytes = Files.readAllBytes(dir.resolve(entry.get("file").asText()));
            assertThat(entry.get("sha256").asText()).isEqualTo(sha256(bytes));
            assertThat(entry.get("bytes").asLong()).isEqualTo(bytes.length);
            assertThat(entry.get("rows").asLong()).isEqualTo(CsvParsing.records(bytes).size() - 1);
        }
    }

    @Test
    void checksumsFileIsInSha256sumFormatAndCoversTheManifest() throws Exception {
        service.writeAll(REPORTS, INPUT, dir);
        List<String> lines = Files.readAllLines(dir.resolve("SHA256SUMS"));
        assertThat(lines).hasSize(REPORTS.size() + 1);
        for (String line : lines) {
            String[] parts = line.split(" {2}", 2);
            assertThat(parts[0]).isEqualTo(sha256(Files.readAllBytes(dir.resolve(parts[1]))));
        }
        assertThat(lines.getLast()).endsWith("  manifest.json");
    }

    @Test
    void everyReportReadsBackAsTheRowsTheScreenShows() throws IOException {
        service.writeAll(REPORTS, INPUT, dir);
        for (Report<?> report : REPORTS) {
            byte[] csv = Files.readAllBytes(dir.resolve(report.name() + ".csv"));
            assertThat(CsvParsing.records(csv).getFirst()).as(report.name()).isEqualTo(report.definition().headers());
            assertThat(CsvParsing.restoredRows(csv)).as(report.name()).isEqualTo(displayed(report, INPUT));
        }
    }

    @Test
    void twoExportsOfTheSameSnapshotsAreByteIdenticalWhateverTheInputOrder() throws IOException {
        Path first = Files.createDirectory(dir.resolve("first"));
        Path second = Files.createDirectory(dir.resolve("second"));
        service.writeAll(REPORTS, INPUT, first);
        List<AccountSnapshot> reversed = new ArrayList<>(TestSnapshots.both()).reversed();
        service.writeAll(REPORTS, ExportInput.of(reversed, Selection.all()), second);
        for (String name : FILES) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    @Test
    void aReportFailingHalfWayLeavesTheEarlierExportUntouched() throws IOException {
        service.writeAll(REPORTS, INPUT, dir);
        Map<String, byte[]> before = contents(dir);
        List<Report<?>> withBrokenLast = new ArrayList<>(REPORTS);
        withBrokenLast.add(brokenReport());
        assertThatThrownBy(() -> service.writeAll(withBrokenLast, INPUT, dir)).hasMessageContaining("broken column");
        assertThat(names(dir)).containsExactlyElementsOf(FILES);
        assertThat(contents(dir)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void aMissingFolderOrAFileIsRefusedAndNothingIsWritten() throws IOException {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> service.writeAll(REPORTS, INPUT, missing))
                .isInstanceOf(ExportException.class).hasMessage("Cannot write " + missing + ": the folder does not exist.");
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> service.writeAll(REPORTS, INPUT, file))
                .hasMessage("Cannot write " + file + ": it is a file, not a folder.");
        assertThat(names(dir)).containsExactly("file");
    }

    @Test
    void oneReportToAFileAndToAStreamGiveTheSameBytes() throws IOException {
        Report<?> roles = REPORTS.stream().filter(r -> r.name().equals("roles")).findFirst().orElseThrow();
        WrittenFile written = service.writeReport(roles, INPUT, dir.resolve("roles.csv"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = service.writeReport(roles, INPUT, out);
        assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(dir.resolve("roles.csv")));
        assertThat(written.rows()).isEqualTo(rows).isEqualTo(4);
        assertThat(written.file()).isEqualTo("roles.csv");
    }

    private static <R> List<List<String>> displayed(Report<R> report, ExportInput input) {
        ReportDefinition<R> d = report.definition();
        return report.rows(input.snapshots(), input.scope()).sorted(d.order())
                .map(r -> d.columns().stream().map(c -> c.display(r)).toList()).toList();
    }

    private static Report<Sourced<IamRole>> brokenReport() {
        ReportDefinition<IamRole> broken = new ReportDefinition<>("broken", "", List.of(
                Column.<IamRole>text("role", "Role", r -> {
                    if (r.name().startsWith("payments")) {
                        throw new IllegalStateException("broken column");
                    }
                    return r.name();
                })), (a, b) -> a.arn().compareTo(b.arn()));
        return SnapshotReport.of(broken, AccountSnapshot::roles, (r, s) -> true);
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String n : names(dir)) {
            m.put(n, Files.readAllBytes(dir.resolve(n)));
        }
        return m;
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
