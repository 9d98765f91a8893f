package dev.eksatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.inventory.Database;
import dev.eksatlas.inventory.InventoryStore;
import dev.eksatlas.inventory.PostgresUrl;
import dev.eksatlas.inventory.SnapshotRepository;
import dev.eksatlas.inventory.SnapshotWriter;
import dev.eksatlas.inventory.TestPostgres;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time to write the {@code large} fleet's snapshots (its ground truth, {@code Fleet.snapshots()}: 10
 * accounts, 300 clusters, 10,000 roles, 6,000 associations) into the inventory and to read them back,
 * on the embedded H2 file and on the PostgreSQL test server ({@code scripts/test-postgres.sh start};
 * skipped without it). Three rounds, so the later ones write beside stored history; on PostgreSQL also
 * with the accounts written by 4 threads at once (a team scanning together). Prints figures; asserts
 * no timing. Run: {@code mvn -B -Pbench test -Dtest=InventoryBenchmark}.
 */
@Tag("benchmark")
class InventoryBenchmark {
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    void writesAndReadsTheLargeFleet() throws Exception {
        List<AccountSnapshot> fleet = Fleet.generate(FleetSpec.large()).snapshots();
        System.out.printf(Locale.ROOT, "InventoryBenchmark: fleet 'large': %d accounts, %d clusters, %d roles, %d associations; %d cores, load average %.1f%n",
                fleet.size(), fleet.stream().mapToInt(s -> s.clusters().size()).sum(), fleet.stream().mapToInt(s -> s.roles().size()).sum(),
                fleet.stream().mapToInt(s -> s.associations().size()).sum(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (Database h2 = new InventoryStore(Clock.systemUTC()).openFile(dir.resolve("h2"))) {
            measure("H2 file", h2, fleet, 1);
            System.out.printf(Locale.ROOT, "InventoryBenchmark: H2 file size after %d rounds: %.1f MB%n", ROUNDS,
                    Files.size(InventoryStore.databaseFile(dir.resolve("h2"))) / 1e6);
        }
        if (System.getenv(TestPostgres.URL_ENV) == null) {
            System.out.println("InventoryBenchmark: PostgreSQL skipped: " + TestPostgres.URL_ENV + " is not set (scripts/test-postgres.sh start)");
            return;
        }
        for (int threads : new int[] {1, 4}) {
            PostgresUrl url = TestPostgres.createDatabase();
            try (Database pg = TestPostgres.open(url)) {
                measure("PostgreSQL, " + threads + " writer thread(s)", pg, fleet, threads);
            } finally {
                TestPostgres.dropDatabase(url);
            }
        }
    }

    /**
     * The H2 file is append-only (ADR 0011): 25 scans of the {@code large} fleet (past the 20 kept per
     * account), then how long the close takes with the compaction it brings, the sizes before and
     * after, and the next open.
     */
    @Test
    void compactsAGrownLargeFleetFile() {
        List<AccountSnapshot> fleet = Fleet.generate(FleetSpec.large()).snapshots();
        Path folder = dir.resolve("grown");
        Path file = InventoryStore.databaseFile(folder);
        InventoryStore store = new InventoryStore(Clock.systemUTC());
        Database db = store.openFile(folder);
        SnapshotWriter writer = new SnapshotWriter(db);
        long writeStart = System.nanoTime();
        for (int scan = 0; scan < 25; scan++) {
            fleet.forEach(writer::save);
        }
        long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;
        long grown = size(file);
        long closeStart = System.nanoTime();
        db.close();
        long closeMillis = (System.nanoTime() - closeStart) / 1_000_000;
        long compacted = size(file);
        long openStart = System.nanoTime();
        try (Database reopened = store.openFile(folder)) {
            long openMillis = (System.nanoTime() - openStart) / 1_000_000;
            assertThat(new SnapshotRepository(reopened).findLatestRuns()).hasSize(fleet.size());
            System.out.printf(Locale.ROOT, "InventoryBenchmark: H2 append-only: 25 scans of 'large' written in %d ms; file %.1f MB;"
                    + " close with compaction %d ms -> %.1f MB; next open %d ms; load average %.1f%n", writeMillis, grown / 1e6,
                    closeMillis, compacted / 1e6, openMillis, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        assertThat(compacted).isLessThan(grown);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void measure(String name, Database db, List<AccountSnapshot> fleet, int threads) throws Exception {
        SnapshotWriter writer = new SnapshotWriter(db);
        SnapshotRepository repository = new SnapshotRepository(db);
        for (int round = 1; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            write(writer, fleet, threads);
            long writeMillis = (System.nanoTime() - start) / 1_000_000;
            long readStart = System.nanoTime();
            List<AccountSnapshot> read = repository.findLatest();
            long readMillis = (System.nanoTime() - readStart) / 1_000_000;
            assertThat(read).hasSize(fleet.size());
            System.out.printf(Locale.ROOT, "InventoryBenchmark: %-34s round %d: write %6d ms, read back (findLatest) %6d ms%n",
                    name, round, writeMillis, readMillis);
        }
    }

    private static void write(SnapshotWriter writer, List<AccountSnapshot> fleet, int threads) throws Exception {
        if (threads == 1) {
            fleet.forEach(writer::save);
            return;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = fleet.stream().<Future<?>>map(s -> pool.submit(() -> writer.save(s))).toList();
            for (Future<?> f : done) {
                f.get();
            }
        }
    }
}
