package dev.eksatlas.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryFileTest {
    private final InventoryStore store = new InventoryStore(Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void migratesAFreshFileDatabase() throws SQLException {
        try (Database db = store.openFile(dir)) {
            assertThat(db.notices()).isEmpty();
            assertThat(appliedMigrations(db)).isEqualTo(2);
            assertThat(new SnapshotRepository(db).findLatestRuns()).isEmpty();
        }
        assertThat(InventoryStore.databaseFile(dir)).exists();
    }

    @Test
    void reopensAnExistingFileWithItsSnapshots() throws SQLException {
        try (Database db = store.openFile(dir)) {
            new SnapshotWriter(db).save(TestSnapshots.account("111122223333", 2));
        }
        try (Database db = store.openFile(dir)) {
            assertThat(db.notices()).isEmpty();
            assertThat(appliedMigrations(db)).isEqualTo(2);
            assertThat(new SnapshotRepository(db).findLatest().getFirst().withRun(null))
                    .isEqualTo(TestSnapshots.account("111122223333", 2));
        }
    }

    @Test
    void setsACorruptFileAsideAndStartsFresh() throws IOException {
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        Files.write(InventoryStore.databaseFile(dir), junk);

        try (Database db = store.openFile(dir)) {
            assertThat(db.notices()).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(StartupNotice.Kind.CORRUPT_FILE_SET_ASIDE);
                assertThat(n.setAsideAs()).hasFileName("inventory.unreadable-20261128-090000.mv.db");
                assertThat(n.message()).contains("could not be read").contains(n.setAsideAs().toString());
            });
            assertThat(Files.readAllBytes(db.notices().getFirst().setAsideAs())).isEqualTo(junk);
            new SnapshotWriter(db).save(TestSnapshots.account("111122223333", 1));
            assertThat(new SnapshotRepository(db).findLatestRuns()).hasSize(1);
        }
    }

    @Test
    void setsAsideAFileWrittenByANewerVersion() throws SQLException, IOException {
        try (Database db = store.openFile(dir)) {
            new SnapshotWriter(db).save(TestSnapshots.account("111122223333", 1));
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                        + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                        + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'atlas', 1, TRUE)");
            }
        }

        try (Database db = store.openFile(dir)) {
            assertThat(db.notices()).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(StartupNotice.Kind.NEWER_SCHEMA_SET_ASIDE);
                assertThat(n.message()).contains("newer version").contains("99");
            });
            assertThat(new SnapshotRepository(db).findLatestRuns()).isEmpty();
        }
        // The set-aside file still holds the snapshot: nothing stored was destroyed.
        Path aside = dir.resolve("aside");
        Files.createDirectories(aside);
        Files.copy(dir.resolve("inventory.newer-version-20261128-090000.mv.db"), aside.resolve("inventory.mv.db"));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + aside.resolve("inventory"), "atlas", "");
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM scan_run")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aSecondProcessSharesTheInventoryWhileTheAppHoldsIt() throws Exception {
        try (Database db = store.openFile(dir)) {
            new SnapshotWriter(db).save(TestSnapshots.account("111122223333", 1));

            ProbeResult probe = runProbe(dir.toString(), "444455556666");

            assertThat(probe.exitCode()).as(probe.output()).isZero();
            assertThat(probe.output()).contains("accounts=1");
            // What the other process wrote through the shared server is visible here.
            assertThat(new SnapshotRepository(db).findLatestRuns()).hasSize(2);
        }
    }

    private static int appliedMigrations(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private record ProbeResult(int exitCode, String output) {
    }

    private static ProbeResult runProbe(String... args) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                InventoryProbe.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("probe did not finish");
        }
        return new ProbeResult(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
