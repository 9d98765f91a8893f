package dev.eksatlas.inventory;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.reliability.CaseResult;
import dev.eksatlas.reliability.Tally;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The inventory file in trouble: held by another program, written by a newer version, corrupted,
 * in a read-only folder, on a full disk. Each try checks for a clear message and that what was
 * stored before is still there (in the file, or in the file set aside).
 */
public final class DatabaseFaultCase {
    private static final String ACCOUNT = "111122223333";
    /** A try that cannot be made here (no way to make a folder read-only): not counted. */
    private static final String SKIPPED = "skipped";

    public List<CaseResult> run(int tries, long seed) throws Exception {
        List<CaseResult> rows = new ArrayList<>();
        rows.add(repeat("Database: file locked by another process", "another JVM holds an OS lock on the file", tries, this::locked));
        rows.add(repeat("Database: file from a newer schema version", "set aside; the set-aside file still holds the snapshot",
                tries, this::newerSchema));
        SplittableRandom random = new SplittableRandom(seed);
        rows.add(repeat("Database: file corrupted at a random place", "16 random bytes overwritten; opens intact, or set aside"
                + " byte for byte with a message", tries * 5, () -> corrupted(random.nextLong())));
        rows.add(repeat("Database: read-only data folder", "permissions, else chattr +i (binds root too)", tries, this::readOnlyFolder));
        rows.add(repeat("Database: disk full", "child JVM under ulimit -f writes until refused", tries, this::diskFull));
        return rows;
    }

    private interface Try {
        String run() throws Exception;
    }

    private static CaseResult repeat(String name, String note, int tries, Try attempt) {
        Tally tally = new Tally(name);
        long started = System.nanoTime();
        for (int i = 0; i < tries; i++) {
            try {
                String problem = attempt.run();
                if (SKIPPED.equals(problem)) {
                    tally.skipped();
                } else {
                    tally.check(problem);
                }
            } catch (Exception | AssertionError e) {
                tally.lost("try " + i + ": " + e);
            }
        }
        return tally.result(note + String.format(" (%.0f s)", (System.nanoTime() - started) / 1e9));
    }

    private static Path withSnapshot() throws IOException {
        Path dir = Files.createTempDirectory("atlas-db");
        try (Database db = store().openFile(dir)) {
            new SnapshotWriter(db).save(TestSnapshots.account(ACCOUNT, 3));
        }
        return dir;
    }

    private static InventoryStore store() {
        return new InventoryStore(Clock.systemUTC());
    }

    /** Null when the folder's inventory opens cleanly with the snapshot intact, else what is wrong. */
    private static String intact(Path dir) {
        try (Database db = store().openFile(dir)) {
            List<AccountSnapshot> first = new SnapshotRepository(db).findLatest().stream()
                    .filter(s -> s.accountId().equals(ACCOUNT)).toList();
            if (!db.notices().isEmpty() || first.size() != 1 || !first.getFirst().withRun(null).equals(TestSnapshots.account(ACCOUNT, 3))) {
                return "stored snapshot not intact: notices " + db.notices() + ", found " + first.size();
            }
            return null;
        }
    }

    private String locked() throws Exception {
        Path dir = withSnapshot();
        Process holder = child("lock", InventoryStore.databaseFile(dir).toString());
        try {
            String first = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (first == null || !first.startsWith("locked")) {
                return "the other process did not lock the file: " + first;
            }
            try (Database _ = store().openFile(dir)) {
                return "opened a file another process holds";
            } catch (InventoryException e) {
                if (!e.getMessage().contains("in use by another program") || !e.getMessage().contains(dir.toString())) {
                    return "unclear message: " + e.getMessage();
                }
            }
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        return intact(dir);
    }

    private String newerSchema() throws Exception {
        Path dir = withSnapshot();
        try (Database db = store().openFile(dir); Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'atlas', 1, TRUE)");
        }
        Path aside;
        try (Database db = store().openFile(dir)) {
            if (db.notices().size() != 1 || !db.notices().getFirst().message().contains("newer version")) {
                return "no clear notice: " + db.notices();
            }
            aside = db.notices().getFirst().setAsideAs();
        }
        return snapshotIn(aside) ? null : "the set-aside file lost the snapshot";
    }

    /** Whether an H2 file set aside still holds the snapshot (opened read-only with plain JDBC). */
    private static boolean snapshotIn(Path file) throws IOException, SQLException {
        Path copy = Files.createTempDirectory("atlas-aside");
        Files.copy(file, copy.resolve("inventory.mv.db"));
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("inventory") + ";ACCESS_MODE_DATA=r", "atlas", "");
                Statement st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM scan_run WHERE account_id = '" + ACCOUNT + "'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private String corrupted(long seed) throws Exception {
        Path dir = withSnapshot();
        Path file = InventoryStore.databaseFile(dir);
        SplittableRandom random = new SplittableRandom(seed);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[16];
            random.nextBytes(junk);
            raf.seek(random.nextLong(raf.length() - junk.length));
            raf.write(junk);
        }
        byte[] damaged = Files.readAllBytes(file);
        try (Database db = store().openFile(dir)) {
            if (db.notices().isEmpty()) {
                List<AccountSnapshot> latest = new SnapshotRepository(db).findLatest();
                // H2 may still read the file (the damage hit an unused or older chunk): then the snapshot must be whole.
                return latest.size() == 1 && latest.getFirst().withRun(null).equals(TestSnapshots.account(ACCOUNT, 3)) ? null
                        : "seed " + seed + ": opened without a notice but the snapshot is not intact";
            }
            StartupNotice notice = db.notices().getFirst();
            if (!notice.message().contains("could not be read") || !Arrays.equals(Files.readAllBytes(notice.setAsideAs()), damaged)) {
                byte[] aside = Files.readAllBytes(notice.setAsideAs());
                return "seed " + seed + ": set aside without a clear message or not byte for byte (" + damaged.length + " bytes before, "
                        + aside.length + " after, first difference at " + Arrays.mismatch(damaged, aside) + "): " + notice.message();
            }
            return null;
        } catch (RuntimeException e) {
            // Reading the snapshot failed after a clean open: the damage was found late; it must say so clearly.
            return e instanceof InventoryException ? null : "seed " + seed + ": " + e;
        }
    }

    private String readOnlyFolder() throws Exception {
        Path dir = withSnapshot();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean immutable = Files.isWritable(dir) && chattr("+i", dir);
        try {
            if (Files.isWritable(dir)) {
                return SKIPPED;
            }
            try (Database _ = store().openFile(dir)) {
                return "opened a read-only folder without a word";
            } catch (InventoryException e) {
                if (!e.getMessage().contains("not writable") || !e.getMessage().contains(dir.toString())) {
                    return "unclear message: " + e.getMessage();
                }
            }
        } finally {
            if (immutable) {
                chattr("-i", dir);
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        return intact(dir);
    }

    private String diskFull() throws Exception {
        Path dir = withSnapshot();
        // ulimit -f in 1 KiB blocks: the file may grow to 1.5 MiB; writes beyond fail as on a full disk (EFBIG).
        Process writer = new ProcessBuilder("bash", "-c", "ulimit -f 1536 && exec \"$0\" \"$@\"", javaBin(), "-cp",
                System.getProperty("java.class.path"), InventoryChild.class.getName(), "fill", dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8)).lines().toList();
        if (!writer.waitFor(120, TimeUnit.SECONDS)) {
            writer.destroyForcibly();
            return "the writer did not stop";
        }
        String last = lines.isEmpty() ? "" : lines.getLast();
        if (writer.exitValue() != 3 || !last.contains("disk full")) {
            return "exit " + writer.exitValue() + ", unclear last words: " + last;
        }
        int stored = (int) lines.stream().filter(l -> l.startsWith("stored")).count();
        try (Database db = store().openFile(dir)) {
            int accounts = new SnapshotRepository(db).findLatestRuns().size();
            // The first snapshot and every one the child reported stored.
            if (!db.notices().isEmpty() || accounts != stored + 1) {
                return "after the disk filled: " + accounts + " accounts, " + (stored + 1) + " stored; notices " + db.notices();
            }
        }
        return intact(dir) == null ? null : "the first snapshot is not intact";
    }

    private static Process child(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-cp", System.getProperty("java.class.path"), InventoryChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
