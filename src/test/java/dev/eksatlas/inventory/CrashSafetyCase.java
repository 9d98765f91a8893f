package dev.eksatlas.inventory;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.reliability.CaseResult;
import dev.eksatlas.reliability.Tally;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Kills a child JVM that writes snapshots ({@link CrashWriter}) with SIGKILL
 * ({@code Process.destroyForcibly()} on Linux) at a random moment, then opens the inventory: it must
 * open without setting the file aside, and each account's latest snapshot must be the one the child
 * last reported committed (or the one after, committed but not yet reported), stored intact. One
 * folder is used for every try, so each try also reopens what earlier kills left behind. In the
 * compacting mode the child closes and compacts the file after every round of accounts, so kills
 * also land while {@code SHUTDOWN COMPACT} copies the file and renames the copy over it.
 */
public final class CrashSafetyCase {
    /** Compacts on every close (and on any open that finds dead space): the kill loop's compacting mode. */
    static final FileCompaction ALWAYS_COMPACT = new FileCompaction(1, 101);

    private final boolean compacting;

    public CrashSafetyCase() {
        this(false);
    }

    /** @param compacting whether the child compacts the file after every round of snapshots */
    public CrashSafetyCase(boolean compacting) {
        this.compacting = compacting;
    }

    /** What each account's snapshot reads back as after an undisturbed write (the store's own normal form). */
    private final Map<String, AccountSnapshot> written = undisturbed(Fleet.generate(FleetSpec.demo()).snapshots());

    private static Map<String, AccountSnapshot> undisturbed(List<AccountSnapshot> snapshots) {
        try (Database db = InventoryStore.openInMemory("crash-reference-" + System.nanoTime())) {
            SnapshotWriter writer = new SnapshotWriter(db);
            snapshots.forEach(writer::save);
            return new SnapshotRepository(db).findLatest().stream()
                    .collect(Collectors.toMap(AccountSnapshot::accountId, s -> s.withRun(null)));
        }
    }

    public CaseResult run(int tries, long seed) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("atlas-crash");
        SplittableRandom random = new SplittableRandom(seed);
        Tally tally = new Tally(compacting ? "SIGKILL while writing and compacting" : "SIGKILL while writing snapshots");
        Map<String, Long> committed = new HashMap<>();
        for (int i = 0; i < tries; i++) {
            // Every fourth kill lands while the child opens and migrates the file; in the compacting
            // mode every second one just after the child starts closing; the others mid-writes.
            Moment moment = i % 4 == 3 ? Moment.OPENING : compacting && i % 2 == 0 ? Moment.CLOSING : Moment.WRITING;
            long delayMillis = switch (moment) {
                case OPENING -> random.nextLong(900);
                case CLOSING -> random.nextLong(40); // a demo-fleet close with compaction takes 25–50 ms
                case WRITING -> random.nextLong(1500);
            };
            tally.check(killOnce(dir, moment, delayMillis, committed, "seed " + seed + " try " + i));
        }
        String note = "kill -9 at a random moment (" + tries / 4 + " while opening); reopen; compare with what was committed";
        return tally.result(compacting ? note + "; " + killsWhileCompacting + " kills landed during a compaction" : note);
    }

    private enum Moment { OPENING, WRITING, CLOSING }

    private int killsWhileCompacting;

    private String killOnce(Path dir, Moment moment, long delayMillis, Map<String, Long> committed, String label)
            throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                dir.toString(), compacting ? "compacting" : "plain").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = Thread.ofVirtual().start(() -> readCommits(out, committed));
        if (moment != Moment.OPENING) {
            waitFor(committed, child, "ready");
        }
        if (moment == Moment.CLOSING) {
            waitFor(committed, child, "closing");
        }
        Thread.sleep(delayMillis);
        child.destroyForcibly();
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
            return label + ": the child did not die";
        }
        reader.join(5000);
        synchronized (committed) {
            // "closing" without "closed" after it: the kill landed while the file was being compacted.
            if (committed.remove("closing") != null) {
                killsWhileCompacting++;
            }
        }
        return verify(dir, committed, label);
    }

    private static void readCommits(BufferedReader out, Map<String, Long> committed) {
        try {
            for (String line; (line = out.readLine()) != null; ) {
                String[] parts = line.split(" ");
                synchronized (committed) {
                    if (parts[0].equals("committed")) {
                        committed.put(parts[1], Long.parseLong(parts[2]));
                    } else if (parts[0].equals("ready")) {
                        committed.put("ready", 1L);
                    } else if (parts[0].equals("closing")) {
                        committed.put("closing", 1L);
                    } else if (parts[0].equals("closed")) {
                        committed.remove("closing");
                    }
                    committed.notifyAll();
                }
            }
        } catch (IOException e) {
            // The child was killed: its output simply ends.
        }
    }

    /** Waits until the child has printed {@code line} (the start of a round, or of a close) from now on. */
    private static void waitFor(Map<String, Long> committed, Process child, String line) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        synchronized (committed) {
            committed.remove(line);
            while (!committed.containsKey(line) && child.isAlive() && System.nanoTime() < deadline) {
                committed.wait(100);
            }
        }
    }

    private String verify(Path dir, Map<String, Long> committed, String label) {
        try (Database db = new InventoryStore(Clock.systemUTC(), compacting ? ALWAYS_COMPACT : FileCompaction.DEFAULT).openFile(dir)) {
            if (!db.notices().isEmpty()) {
                return label + ": the file was set aside: " + db.notices().getFirst().message();
            }
            Map<String, AccountSnapshot> latest = new SnapshotRepository(db).findLatest().stream()
                    .collect(Collectors.toMap(AccountSnapshot::accountId, Function.identity()));
            synchronized (committed) {
                for (Map.Entry<String, Long> c : committed.entrySet()) {
                    if (c.getKey().equals("ready") || c.getKey().equals("closing")) {
                        continue;
                    }
                    AccountSnapshot stored = latest.get(c.getKey());
                    if (stored == null) {
                        return label + ": account " + c.getKey() + " lost (run " + c.getValue() + " was committed)";
                    }
                    if (stored.run().id() < c.getValue()) {
                        return label + ": account " + c.getKey() + " latest run " + stored.run().id() + " older than committed " + c.getValue();
                    }
                    if (!stored.withRun(null).equals(written.get(c.getKey()))) {
                        return label + ": account " + c.getKey() + " run " + stored.run().id() + " differs from what was written";
                    }
                    // Later tries must find at least this run.
                    c.setValue(stored.run().id());
                }
            }
            return null;
        } catch (RuntimeException e) {
            return label + ": the inventory did not open: " + e;
        }
    }
}
