package dev.eksatlas.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.domain.AccountSnapshot;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCompactionTest {
    /** Due as soon as the file is half dead, whatever its size. */
    private final InventoryStore eager = new InventoryStore(Clock.systemUTC(), new FileCompaction(1, 50));

    @TempDir
    Path dir;

    @Test
    void theFileIsOpenedWithoutSpaceReuse() throws Exception {
        // A kill while H2 wrote into reused space could reopen the file at an old chunk (ADR 0011).
        try (Database db = new InventoryStore(Clock.systemUTC()).openFile(dir);
                Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'REUSE_SPACE'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("FALSE");
        }
    }

    @Test
    void closingGivesTheDeadSpaceBackAndKeepsEverySnapshot() throws Exception {
        Path file = InventoryStore.databaseFile(dir);
        long grown;
        List<AccountSnapshot> latest;
        try (Database db = eager.openFile(dir)) {
            SnapshotWriter writer = new SnapshotWriter(db, 2);
            for (int i = 0; i < 30; i++) {
                writer.save(TestSnapshots.account("111122223333", 20));
                writer.save(TestSnapshots.account("444455556666", 5));
            }
            grown = Files.size(file);
            latest = new SnapshotRepository(db).findLatest();
        }

        assertThat(Files.size(file)).isLessThan(grown / 4);
        assertThat(Files.exists(dir.resolve("inventory.mv.db.tempFile"))).isFalse();
        try (Database db = new InventoryStore(Clock.systemUTC()).openFile(dir)) {
            assertThat(db.notices()).isEmpty();
            assertThat(new SnapshotRepository(db).findLatest()).isEqualTo(latest);
            assertThat(new SnapshotRepository(db).findLatestRuns()).hasSize(2);
        }
    }

    @Test
    void openingCompactsAFileLeftLargeByAKilledProcess() throws Exception {
        Path file = InventoryStore.databaseFile(dir);
        // The default policy never compacts a small file: this stands for a process that never closed.
        try (Database db = new InventoryStore(Clock.systemUTC()).openFile(dir)) {
            grow(db);
        }
        long grown = Files.size(file);

        try (Database db = eager.openFile(dir)) {
            assertThat(Files.size(file)).isLessThan(grown / 4);
            assertThat(new SnapshotRepository(db).findLatestRuns()).hasSize(1);
            // The reopened pool works for writing too.
            new SnapshotWriter(db, 2).save(TestSnapshots.account("444455556666", 1));
            assertThat(new SnapshotRepository(db).findLatestRuns()).hasSize(2);
        }
    }

    @Test
    void aRunningAppCompactsAtAQuietMomentAndGoesOnServing() throws Exception {
        Path file = InventoryStore.databaseFile(dir);
        try (Database db = eager.openFile(dir)) {
            SnapshotWriter writer = grow(db);
            List<AccountSnapshot> before = new SnapshotRepository(db).findLatest();
            long grown = Files.size(file);

            assertThat(db.compactIfDue(Duration.ofSeconds(2))).isTrue();

            assertThat(Files.size(file)).isLessThan(grown / 4);
            assertThat(new SnapshotRepository(db).findLatest()).isEqualTo(before);
            writer.save(TestSnapshots.account("444455556666", 1));
            assertThat(new SnapshotRepository(db).findLatestRuns()).hasSize(2);
        }
    }

    @Test
    void compactionWaitsForConnectionsInUseAndLeavesTheFileAloneWhileOneStaysOpen() throws Exception {
        Path file = InventoryStore.databaseFile(dir);
        try (Database db = eager.openFile(dir)) {
            grow(db);
            long grown = Files.size(file);
            try (Connection reading = db.connection()) {
                assertThat(db.compactIfDue(Duration.ofMillis(300))).isFalse();
                assertThat(Files.size(file)).isEqualTo(grown);
                assertThat(reading.isValid(1)).isTrue();
            }
            assertThat(db.compactIfDue(Duration.ofMillis(300))).isTrue();
        }
    }

    @Test
    void writesGoingOnDuringCompactionsWaitAndAllLand() throws Exception {
        try (Database db = eager.openFile(dir)) {
            SnapshotWriter writer = new SnapshotWriter(db, 2);
            List<Long> stored = new CopyOnWriteArrayList<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread writing = Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < 60; i++) {
                        stored.add(writer.save(TestSnapshots.account("111122223333", 20)).id());
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            int compactions = 0;
            while (writing.isAlive()) {
                if (db.compactIfDue(Duration.ofSeconds(2))) {
                    compactions++;
                }
                Thread.sleep(20);
            }
            writing.join();

            assertThat(failure.get()).isNull();
            assertThat(stored).hasSize(60);
            assertThat(compactions).isPositive();
            assertThat(new SnapshotRepository(db).findLatestRuns()).singleElement()
                    .satisfies(run -> assertThat(run.id()).isEqualTo(stored.getLast()));
        }
    }

    @Test
    void neverCompactsWhileAnotherProcessSharesTheFile() throws Exception {
        Path file = InventoryStore.databaseFile(dir);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), InventoryChild.class.getName(),
                "hold", dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("holding");
            long grown = Files.size(file);

            // This process is the other one's client: compaction would shut the database down under it.
            try (Database db = eager.openFile(dir)) {
                assertThat(new SnapshotRepository(db).findLatestRuns()).hasSize(1);
                assertThat(db.compactIfDue(Duration.ofSeconds(1))).isFalse();
                assertThat(new SnapshotRepository(db).findLatestRuns()).hasSize(1);
            }

            assertThat(Files.size(file)).isGreaterThanOrEqualTo(grown);
            OutputStream in = holder.getOutputStream();
            in.write('\n');
            in.flush();
            assertThat(out.readLine()).isEqualTo("stored again");
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(holder.exitValue()).isZero();
        } finally {
            holder.destroyForcibly();
        }
    }

    /** 30 snapshots of one account, 2 kept: the file is mostly dead space. */
    private static SnapshotWriter grow(Database db) {
        SnapshotWriter writer = new SnapshotWriter(db, 2);
        for (int i = 0; i < 30; i++) {
            writer.save(TestSnapshots.account("111122223333", 20));
        }
        return writer;
    }
}
