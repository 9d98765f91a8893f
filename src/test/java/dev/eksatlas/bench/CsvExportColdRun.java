package dev.eksatlas.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.eksatlas.export.CsvWriter;
import dev.eksatlas.export.StagedFile;
import dev.eksatlas.report.RoleReport;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The first export of a fresh JVM, for {@link CsvExportBenchmark} to start in a child process:
 * makes {@code rows} rows of the roles report in memory (as the analysis would have them), then
 * writes them to {@code folder/roles.csv} through the atomic writer (SHA-256, fsync, rename).
 * Prints {@code COLD generate=<ms> export=<ms> cpu=<ms> jit=<ms> bytes=<n>}: the export's wall
 * time, the CPU time of the whole process during it (compiler threads included) and the time the
 * JIT compilers spent meanwhile.
 */
public final class CsvExportColdRun {
    private CsvExportColdRun() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).resolve("roles.csv");
        long count = Long.parseLong(args[1]);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long generateStart = System.nanoTime();
        List<RoleReport.Row> rows = RoleRows.rows(count, 0).toList();
        long generated = System.nanoTime() - generateStart;
        long cpu = os.getProcessCpuTime();
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long start = System.nanoTime();
        long bytes;
        try (StagedFile<Long> staged = StagedFile.write(file, out -> new CsvWriter(false).write(RoleReport.definition(), rows, out))) {
            staged.commit();
            bytes = staged.bytes();
        }
        long exported = System.nanoTime() - start;
        System.out.println("COLD generate=" + generated / 1_000_000 + " export=" + exported / 1_000_000
                + " cpu=" + (os.getProcessCpuTime() - cpu) / 1_000_000
                + " jit=" + (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit) + " bytes=" + bytes);
        Files.delete(file);
    }
}
