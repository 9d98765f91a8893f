package dev.eksatlas.bench;

import dev.eksatlas.analysis.RoleSummary;
import dev.eksatlas.analysis.trust.PolicySize;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.export.CsvWriter;
import dev.eksatlas.export.ExportService;
import dev.eksatlas.export.StagedFile;
import dev.eksatlas.report.Provenance;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.report.RoleReport;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time and heap to write the roles report (14 columns, with a trust policy of about 250
 * characters; about 400 bytes a row) to a real file through the atomic writer, which also takes
 * the SHA-256 and syncs the file to disk before moving it into place. Rows are generated one at a time, so the
 * figures show what the writer itself holds. Live heap is sampled after a GC every tenth of the
 * rows, in a separate run from the timed one so the GCs do not count in the time.
 * Run: {@code mvn -B -Pbench test -Dtest=CsvExportBenchmark}
 */
@Tag("benchmark")
class CsvExportBenchmark {
    private static final ReportDefinition<RoleReport.Row> ROLES = RoleReport.definition();
    private static final Provenance SOURCE = new Provenance("111111111111", "prod", Instant.parse("2026-11-20T08:30:15Z"));
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @TempDir
    Path dir;

    @Test
    void writeRoles() throws Exception {
        System.out.printf("CsvExportBenchmark: roles report, %d columns, JDK %s, max heap %d MB, %d cores%n",
                ROLES.columns().size(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        timed("warm-up", 100_000);
        for (int i = 0; i < 3; i++) {
            timed("timed", 100_000);
        }
        cpuOnly(100_000);
        timed("timed", 1_000_000);
        live(100_000);
        live(1_000_000);
        sortedThroughExportService(100_000);
    }

    private void timed(String label, long rows) {
        Path file = dir.resolve("roles-" + rows + ".csv");
        resetPoolPeaks();
        long start = System.nanoTime();
        long bytes;
        try (StagedFile<Long> staged = StagedFile.write(file, out -> new CsvWriter(false).write(ROLES, rows(rows, 0), out))) {
            staged.commit();
            bytes = staged.bytes();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-8s %,10d rows: %6.3f s (%,.0f rows/s, %,.1f MB written, %.0f MB/s); peak heap incl. garbage %,d MB%n",
                label, rows, seconds, rows / seconds, bytes / 1e6, bytes / 1e6 / seconds, poolPeaks() >> 20);
        delete(file);
    }

    /** Formatting, guarding, quoting and UTF-8 encoding alone, into a sink that discards the bytes: the writer's CPU cost. */
    private void cpuOnly(long rows) throws java.io.IOException {
        long start = System.nanoTime();
        new CsvWriter(false).write(ROLES, rows(rows, 0), java.io.OutputStream.nullOutputStream());
        System.out.printf("cpu-only %,10d rows: %6.3f s (CsvWriter into a null sink: no disk, no SHA-256, no fsync)%n",
                rows, (System.nanoTime() - start) / 1e9);
    }

    private void live(long rows) {
        Path file = dir.resolve("roles-live-" + rows + ".csv");
        long tenth = rows / 10;
        long before = liveHeap();
        long[] peak = {before};
        Stream<RoleReport.Row> sampled = rows(rows, 0).peek(r -> {
            if (index(r) % tenth == tenth - 1) {
                peak[0] = Math.max(peak[0], liveHeap());
            }
        });
        try (StagedFile<Long> staged = StagedFile.write(file, out -> new CsvWriter(false).write(ROLES, sampled, out))) {
            staged.commit();
        }
        System.out.printf("live     %,10d rows: live heap before %,.1f MB, peak during %,.1f MB (+%,.1f MB), 10 samples after GC%n",
                rows, before / 1e6, peak[0] / 1e6, (peak[0] - before) / 1e6);
        delete(file);
    }

    /** What an export of rows already in memory costs with the documented sort (the UI and the command's case). */
    private void sortedThroughExportService(int rows) {
        List<RoleReport.Row> inMemory = rows(rows, 7).toList().reversed();
        Path file = dir.resolve("roles-sorted.csv");
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            new ExportService(new CsvWriter(false), "bench").writeCsv(ROLES, inMemory.stream(), file);
            System.out.printf("sorted   %,10d rows: %6.3f s through ExportService.writeCsv (sort + atomic write; the caller holds the rows)%n",
                    rows, (System.nanoTime() - start) / 1e9);
        }
        delete(file);
    }

    private static Stream<RoleReport.Row> rows(long count, long salt) {
        return LongStream.range(0, count).mapToObj(i -> row(role(i, salt), i));
    }

    /** The role with what the analysis says of it: one IRSA statement for one cluster, and a finding for every third role. */
    private static RoleReport.Row row(IamRole role, long i) {
        PolicySize size = new PolicySize(role.trustPolicySize(), 1, 1, role.trustPolicySize(), 3, 7);
        RoleSummary summary = new RoleSummary(role, size, List.of(), List.of("arn:aws:eks:eu-west-1:111111111111:cluster/c-" + i % 50),
                1, false, 0);
        return new RoleReport.Row(SOURCE, summary, i % 3 == 0 ? List.of("missing-audience-condition") : List.of());
    }

    private static IamRole role(long i, long salt) {
        String name = "team-" + (i % 97) + "-workload-" + (i ^ salt);
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":"
                + "\"arn:aws:iam::111111111111:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/" + Long.toHexString(i * 31) + "\"},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\"}]}";
        return new IamRole("111111111111", "arn:aws:iam::111111111111:role/" + name, name, "/", Instant.ofEpochSecond(1_700_000_000L + i),
                3600, policy, IamRole.policySize(policy), i % 2 == 0, null, null, Map.of("env", i % 3 == 0 ? "-prod" : "dev"));
    }

    private static long index(RoleReport.Row row) {
        return row.role().createdAt().getEpochSecond() - 1_700_000_000L;
    }

    private static long liveHeap() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static void resetPoolPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long poolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
