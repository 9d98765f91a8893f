package dev.eksatlas.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.domain.ScanStatus;
import dev.eksatlas.domain.SnapshotCounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Four scanner processes write into one PostgreSQL team inventory at once (two accounts alone, two
 * scanners on a third account) while two readers keep reading the latest snapshots: no reader ever
 * sees a partial snapshot, and the two scans of the same account never both count as current.
 */
class ConcurrentWritersTest {
    private static final int SCANS = 8;
    private static final String SHARED = "333333333333";

    private PostgresUrl db;

    @BeforeEach
    void createDatabase() {
        db = TestPostgres.createDatabase();
        TestPostgres.open(db).close();
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            TestPostgres.dropDatabase(db);
        }
    }

    @Test
    void readersSeeOnlyCompleteSnapshotsWhileFourScannersWrite() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicInteger reads = new AtomicInteger();
        List<Thread> readers = new ArrayList<>();
        try (Database reading = TestPostgres.open(db)) {
            SnapshotRepository repository = new SnapshotRepository(reading);
            for (int r = 0; r < 2; r++) {
                readers.add(Thread.ofPlatform().start(() -> {
                    while (writing.get()) {
                        for (AccountSnapshot s : repository.findLatest()) {
                            checkComplete(s, problems);
                        }
                        reads.incrementAndGet();
                        // Leave the two cores to the scanners too; a reader still reads about a hundred times a second.
                        LockSupport.parkNanos(5_000_000);
                    }
                }));
            }
            List<Process> scanners = List.of(start("111111111111", 1), start("222222222222", 2), start(SHARED, 3), start(SHARED, 4));
            List<String> outputs = new ArrayList<>();
            for (Process p : scanners) {
                boolean done = p.waitFor(120, TimeUnit.SECONDS);
                outputs.add(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                assertThat(done && p.exitValue() == 0).as("scanner finished: " + outputs.getLast()).isTrue();
            }
            writing.set(false);
            for (Thread t : readers) {
                t.join();
            }

            assertThat(problems).as("what readers saw").isEmpty();
            assertThat(reads.get()).as("reads while the scanners wrote").isGreaterThan(10);
            System.out.printf("ConcurrentWritersTest: %d reads of the latest snapshots while 4 scanners wrote %d scans%n", reads.get(), 4 * SCANS);
            assertThat(repository.findLatestRuns()).extracting(ScanRun::accountId)
                    .containsExactly("111111111111", "222222222222", SHARED);
            assertThat(repository.findRunsByAccount("111111111111")).hasSize(SCANS).allMatch(r -> r.status() != ScanStatus.SUPERSEDED);
            List<ScanRun> shared = repository.findRunsByAccount(SHARED);
            assertThat(shared).hasSize(2 * SCANS);
            List<ScanRun> current = shared.stream().filter(r -> r.status() != ScanStatus.SUPERSEDED).toList();
            assertThat(shared).as("the two scanners of one account ran at the same time").anyMatch(r -> r.status() == ScanStatus.SUPERSEDED);
            for (ScanRun a : current) {
                for (ScanRun b : current) {
                    boolean overlap = a != b && a.startedAt().isBefore(b.finishedAt()) && b.startedAt().isBefore(a.finishedAt());
                    assertThat(overlap).as("two overlapping scans both current: %s and %s", a, b).isFalse();
                }
            }
            ScanRun latest = repository.findLatestRuns().getLast();
            assertThat(latest.finishedAt()).isEqualTo(current.stream().map(ScanRun::finishedAt).max(Instant::compareTo).orElseThrow());
            for (ScanRun run : shared) {
                checkComplete(repository.findById(run.id()).orElseThrow(), problems);
            }
            assertThat(problems).isEmpty();
        } finally {
            writing.set(false);
        }
    }

    private static void checkComplete(AccountSnapshot s, ConcurrentLinkedQueue<String> problems) {
        SnapshotCounts header = s.run().counts();
        SnapshotCounts rows = SnapshotCounts.of(s, s.apiCalls());
        if (!header.equals(rows)) {
            problems.add("run " + s.run().id() + " of " + s.accountId() + ": header " + header + " but rows " + rows);
        }
        if (s.clusters().isEmpty() || s.roles().size() != 2) {
            problems.add("run " + s.run().id() + " of " + s.accountId() + " is missing rows: " + rows);
        }
    }

    private Process start(String account, int seed) throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), ScannerProcess.class.getName(),
                db.jdbcUrl(), account, String.valueOf(SCANS), String.valueOf(seed)).redirectErrorStream(true).start();
    }
}
