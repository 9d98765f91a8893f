package dev.eksatlas.bench;

import dev.eksatlas.export.CsvWriter;
import dev.eksatlas.export.ExportService;
import dev.eksatlas.export.StagedFile;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.report.RoleReport;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time and heap to write the roles report (22 columns, with a trust policy of about 250
 * characters; about 470 bytes a row) to a real file through the atomic writer, which also takes
 * the SHA-256 and syncs the file to disk before moving it into place. First the first export of
 * fresh JVMs (child processes), then exports in this warmed-up JVM. Rows are generated one at a
 * time, so the figures show what the writer itself holds. Live heap is sampled after a GC every
 * tenth of the rows, in a separate run from the timed one so the GCs do not count in the time.
 * Run: {@code mvn -B -Pbench test -Dtest=CsvExportBenchmark}
 */
@Tag("benchmark")
class CsvExportBenchmark {
    private static final ReportDefinition<RoleReport.Row> ROLES = RoleReport.definition();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final int FRESH_JVMS = 5;

    @TempDir
    Path dir;

    @Test
    void writeRoles() throws Exception {
        System.out.printf("CsvExportBenchmark: roles report, %d columns, JDK %s, max heap %d MB, %d cores, load average %.1f%n",
                ROLES.columns().size(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        freshJvms(FRESH_JVMS, 100_000);
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

    /**
     * The first export of a JVM, each in a new child JVM ({@link CsvExportColdRun}): the figure a user
     * sees from {@code eks-atlas export} or the first export of a session. Prints each run and the
     * median of the wall and CPU times (CPU: the whole process, JIT compiler threads included, which
     * other builds on the shared cores do not inflate as much as wall time).
     */
    private void freshJvms(int runs, long rows) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<long[]> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Process child = new ProcessBuilder(java, "-cp", classPath, CsvExportColdRun.class.getName(), dir.toString(), Long.toString(rows))
                    .redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (child.waitFor() != 0 || !output.contains("COLD ")) {
                throw new IllegalStateException("the child JVM failed: " + output);
            }
            String line = output.lines().filter(l -> l.startsWith("COLD ")).findFirst().orElseThrow();
            System.out.printf("fresh    %,10d rows: %s%n", rows, line.substring(5));
            results.add(new long[] {field(line, "export"), field(line, "cpu")});
        }
        long[] wall = results.stream().mapToLong(r -> r[0]).sorted().toArray();
        long[] cpu = results.stream().mapToLong(r -> r[1]).sorted().toArray();
        System.out.printf("fresh    %,10d rows: first export in a new JVM, median of %d: %.3f s (min %.3f, max %.3f), CPU %.3f s%n",
                rows, runs, wall[runs / 2] / 1e3, wall[0] / 1e3, wall[runs - 1] / 1e3, cpu[runs / 2] / 1e3);
    }

    private static long field(String line, String name) {
        for (String part : line.split(" ")) {
            if (part.startsWith(name + "=")) {
                return Long.parseLong(part.substring(name.length() + 1));
            }
        }
        throw new IllegalArgumentException(name + " not in " + line);
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
        return RoleRows.rows(count, salt);
    }

    private static long index(RoleReport.Row row) {
        return RoleRows.index(row);
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
