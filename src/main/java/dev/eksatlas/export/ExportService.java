package dev.eksatlas.export;

import dev.eksatlas.report.CellFormat;
import dev.eksatlas.report.Provenance;
import dev.eksatlas.report.Report;
import dev.eksatlas.report.ReportDefinition;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes reports as CSV files: one report to a file or a stream, or a set of reports to a folder
 * with {@code manifest.json} and {@code SHA256SUMS}. Rows are sorted by each report's documented
 * order, so two exports of the same snapshots are byte-identical. Files are written atomically
 * (see {@link StagedFile}); a failure throws {@link ExportException} and changes nothing.
 */
public final class ExportService {
    public static final String MANIFEST = "manifest.json";
    public static final String CHECKSUMS = "SHA256SUMS";

    private final CsvWriter csv;
    private final String appVersion;
    private final ManifestFiles manifestFiles = new ManifestFiles();

    public ExportService(CsvWriter csv, String appVersion) {
        this.csv = csv;
        this.appVersion = appVersion;
    }

    public static String fileName(String reportName) {
        return reportName + ".csv";
    }

    /** Writes {@code rows} (e.g. the rows of a table on screen) sorted by the report's order to {@code file}. */
    public <R> WrittenFile writeCsv(ReportDefinition<R> report, Stream<R> rows, Path file) {
        try (StagedFile<Long> staged = stage(report, rows, file)) {
            staged.commit();
            return written(report.name(), staged);
        }
    }

    /** Writes {@code rows} sorted by the report's order to a stream (standard output), flushed and left open. */
    public <R> long writeCsv(ReportDefinition<R> report, Stream<R> rows, OutputStream out) {
        try {
            long count = csv.write(report, rows.sorted(report.order()), out);
            out.flush();
            return count;
        } catch (IOException e) {
            throw new ExportException(null, "Cannot write the report: " + ExportException.reason(e) + ".", e);
        }
    }

    public <R> WrittenFile writeReport(Report<R> report, ExportInput input, Path file) {
        return writeCsv(report.definition(), report.rows(input.snapshots(), input.scope()), file);
    }

    public <R> long writeReport(Report<R> report, ExportInput input, OutputStream out) {
        return writeCsv(report.definition(), report.rows(input.snapshots(), input.scope()), out);
    }

    /**
     * Writes each report to {@code folder/<name>.csv}, then {@code manifest.json} and
     * {@code SHA256SUMS}. Every file is first written and synced under a temporary name; only when
     * all are complete are they moved into place, so a failure leaves the folder as it was.
     */
    public ExportManifest writeAll(List<? extends Report<?>> reports, ExportInput input, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw ExportException.cannotWrite(folder, Files.exists(folder) ? "it is a file, not a folder" : "the folder does not exist");
        }
        List<StagedFile<Long>> staged = new ArrayList<>();
        try {
            List<WrittenFile> files = new ArrayList<>();
            for (Report<?> report : reports) {
                StagedFile<Long> file = stage(report, input, folder.resolve(fileName(report.name())));
                staged.add(file);
                files.add(written(report.name(), file));
            }
            ExportManifest manifest = manifest(input, files);
            byte[] manifestBytes = manifestFiles.manifest(manifest);
            StagedFile<Long> manifestFile = StagedFile.write(folder.resolve(MANIFEST), out -> bytes(out, manifestBytes));
            staged.add(manifestFile);
            List<WrittenFile> summed = new ArrayList<>(files);
            summed.add(new WrittenFile(null, MANIFEST, 0, manifestFile.bytes(), manifestFile.sha256()));
            staged.add(StagedFile.write(folder.resolve(CHECKSUMS), out -> bytes(out, ManifestFiles.checksums(summed))));
            staged.forEach(StagedFile::commit);
            return manifest;
        } finally {
            staged.forEach(StagedFile::close);
        }
    }

    private <R> StagedFile<Long> stage(Report<R> report, ExportInput input, Path file) {
        return stage(report.definition(), report.rows(input.snapshots(), input.scope()), file);
    }

    private <R> StagedFile<Long> stage(ReportDefinition<R> report, Stream<R> rows, Path file) {
        Stream<R> sorted = rows.sorted(report.order());
        return StagedFile.write(file, out -> csv.write(report, sorted, out));
    }

    private ExportManifest manifest(ExportInput input, List<WrittenFile> files) {
        List<ExportManifest.SnapshotEntry> snapshots = input.provenance().stream()
                .map(ExportService::snapshotEntry)
                .toList();
        return new ExportManifest(ExportManifest.VERSION, ExportManifest.APPLICATION, appVersion, csv.byteOrderMark(),
                ExportManifest.SelectionEntry.of(input.selection()), snapshots, files);
    }

    private static ExportManifest.SnapshotEntry snapshotEntry(Provenance p) {
        return new ExportManifest.SnapshotEntry(p.accountId(), p.profile(), p.scanTime() == null ? null : CellFormat.instant(p.scanTime()));
    }

    private static WrittenFile written(String report, StagedFile<Long> file) {
        return new WrittenFile(report, file.target().getFileName().toString(), file.result(), file.bytes(), file.sha256());
    }

    private static long bytes(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
        return 0;
    }
}
