package dev.eksatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.export.Selection;
import dev.eksatlas.inventory.Database;
import dev.eksatlas.inventory.InventoryStore;
import dev.eksatlas.inventory.SnapshotWriter;
import dev.eksatlas.export.SnapshotSource;
import dev.eksatlas.report.ReportRegistry;
import dev.eksatlas.report.TestSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final List<Path> dataDirsRead = new ArrayList<>();
    private final List<AccountSnapshot> inventory = TestSnapshots.both();

    @Test
    void writesOneReportToAFile() throws IOException {
        Path file = dir.resolve("roles.csv");
        assertThat(run("export", "--report", "roles", "--out", file.toString())).isZero();
        assertThat(lines(file)).hasSize(1 + 4);
        assertThat(out.toString()).startsWith("Wrote 4 rows of roles to " + file + " (SHA-256 ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writesOneReportIntoAFolderUnderItsName() throws IOException {
        assertThat(run("export", "--report", "clusters", "--out", dir.toString())).isZero();
        assertThat(lines(dir.resolve("clusters.csv"))).hasSize(1 + 4);
    }

    @Test
    void writesToStandardOutputWithAByteOrderMarkWhenAsked() {
        assertThat(run("export", "--report", "coverage", "--bom", "--out", "-")).isZero();
        byte[] bytes = stdout.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Account ID,Profile,Scan time,Region,Service");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void writesEveryReportAndTheManifestToAFolder() throws IOException {
        assertThat(run("export", "--report", "all", "--out", dir.toString())).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("SHA256SUMS", "associations.csv",
                    "cluster-summary.csv", "clusters.csv", "comparison.csv", "coverage.csv", "findings.csv", "manifest.json", "migration-plan.csv",
                    "oidc-providers.csv", "roles.csv", "service-accounts.csv", "stale-tokens.csv");
        }
        assertThat(out.toString()).contains("Wrote 4 rows of clusters to clusters.csv", "Wrote manifest.json and SHA256SUMS to " + dir);
    }

    @Test
    void readsTheInventoryOfTheDataFolderOption() {
        Path data = dir.resolve("inventory");
        assertThat(run("--data-dir", data.toString(), "export", "--report", "roles", "--out", "-")).isZero();
        assertThat(dataDirsRead).containsExactly(data.toAbsolutePath().normalize());
    }

    @Test
    void limitsRowsToOneAccountOrProfileAndOneCluster() {
        assertThat(run("export", "--report", "clusters", "--account", TestSnapshots.DEV, "--out", "-")).isZero();
        assertThat(csvLines()).hasSize(2).last().asString().startsWith(TestSnapshots.DEV + ",dev-sso,");

        stdout.reset();
        assertThat(run("export", "--report", "associations", "--profile", "prod", "--cluster", "search", "--out", "-")).isZero();
        assertThat(csvLines()).hasSize(2).last().asString().contains(",search,");
    }

    @Test
    void limitsTheAnalysisReportsToOneCluster() {
        assertThat(run("export", "--report", "comparison", "--cluster", "search", "--out", "-")).isZero();
        assertThat(csvLines()).hasSize(1 + 7).allSatisfy(line -> assertThat(line).matches("(Account ID|111111111111,prod,).*"))
                .last().asString().contains(",eu-west-1,search,7,Pod Identity readiness,");

        stdout.reset();
        assertThat(run("export", "--report", "service-accounts", "--cluster", "search", "--out", "-")).isZero();
        assertThat(csvLines()).hasSize(2).last().asString().contains(",search,'+ns,'@sa,");
    }

    @Test
    void anUnknownReportListsTheKnownOnes() {
        assertThat(run("export", "--report", "nope", "--out", "-")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown report 'nope'. Known reports: clusters, cluster-summary, comparison, service-accounts, "
                + "findings, roles, oidc-providers, associations, coverage, migration-plan, stale-tokens, or all for every one.");
    }

    @Test
    void refusesUsageMistakesWithAPlainMessage() throws IOException {
        assertThat(run("export", "--report", "all", "--out", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("--report all writes several files: give a folder to --out, not '-'.");

        Path file = Files.writeString(dir.resolve("a.csv"), "x");
        assertThat(run("export", "--report", "all", "--out", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--out must be a folder, and " + file + " is a file.");

        assertThat(run("export", "--report", "roles", "--account", "12ab", "--out", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("--account must be a 12-digit AWS account ID, not '12ab'.");

        assertThat(run("export", "--report", "roles", "--account", TestSnapshots.DEV, "--profile", "prod", "--out", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
        assertThat(stdout.size()).isZero();
    }

    @Test
    void anUnwritablePathFailsWithItsReasonAndChangesNothing() throws IOException {
        Path file = dir.resolve("missing/roles.csv");
        assertThat(run("export", "--report", "roles", "--out", file.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("Cannot write " + file + ": the folder " + dir.resolve("missing") + " does not exist.");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anEmptyInventoryOrAnUnknownClusterIsAnError() {
        assertThat(run("export", "--report", "roles", "--profile", "staging", "--out", "-")).isEqualTo(1);
        assertThat(err.toString()).contains("No scanned account in the inventory matches (profile staging). Run a scan first.");

        assertThat(run("export", "--report", "roles", "--cluster", "ghost", "--out", "-")).isEqualTo(1);
        assertThat(err.toString()).contains("No cluster named 'ghost' (or with that ARN) in the latest snapshots.");
        assertThat(stdout.size()).isZero();
    }

    @Test
    void theDefaultCommandReadsTheLatestSnapshotsFromTheInventoryFile() throws IOException {
        Path dataDir = dir.resolve("data");
        try (Database db = new InventoryStore(Clock.systemUTC()).openFile(dataDir)) {
            SnapshotWriter writer = new SnapshotWriter(db);
            inventory.forEach(writer::save);
        }
        Path file = dir.resolve("r.csv");
        CommandLine cl = AtlasCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(cl.execute("--data-dir", dataDir.toString(), "export", "--report", "roles", "--out", file.toString())).isZero();

        assertThat(lines(file)).hasSize(1 + 4);
        assertThat(err.toString()).isEmpty();
    }

    private int run(String... args) {
        err.getBuffer().setLength(0);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ExportCommand.class) {
                    return type.cast(new ExportCommand(this::source, new ReportRegistry(ReportRegistry.standardReports()), stdout));
                }
                return CommandLine.defaultFactory().create(type);
            }

            private SnapshotSource source(Path dataDir) {
                dataDirsRead.add(dataDir);
                return ExportCommandTest.this::latest;
            }
        };
        return AtlasCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), factory).execute(args);
    }

    private List<AccountSnapshot> latest(Selection selection) {
        return inventory.stream()
                .filter(s -> selection.profile() == null || selection.profile().equals(s.profile()))
                .filter(s -> selection.accountId() == null || Objects.equals(selection.accountId(), s.accountId()))
                .toList();
    }

    /** Each record of the CSV on standard output, its fields joined by commas again. */
    private List<String> csvLines() {
        return records(stdout.toString(StandardCharsets.UTF_8));
    }

    private static List<String> lines(Path file) throws IOException {
        return records(Files.readString(file));
    }

    private static List<String> records(String csv) {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
            return parser.getRecords().stream().map(r -> String.join(",", r.toList())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
