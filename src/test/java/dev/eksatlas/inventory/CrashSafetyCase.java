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
 * folder is used for every try, so each try also reopens what earlier kills left behind.
 */
public final class CrashSafetyCase {
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
        Tally tally = new Tally("SIGKILL while writing snapshots");
        Map<String, Long> committed = new HashMap<>();
        for (int i = 0; i < tries; i++) {
            // Every fourth kill lands while the child opens and migrates the file; the others mid-writes.
            boolean duringOpen = i % 4 == 3;
            long delayMillis = duringOpen ? random.nextLong(900) : random.nextLong(1500);
            tally.check(killOnce(dir, duringOpen, delayMillis, committed, "seed " + seed + " try " + i));
        }
        return tally.result("kill -9 at a random moment (" + tries / 4 + " while opening); reopen; compare with what was committed");
    }

    private String killOnce(Path dir, boolean duringOpen, long delayMillis, Map<String, Long> committed, String label)
            throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = Thread.ofVirtual().start(() -> readCommits(out, committed));
        if (!duringOpen) {
            waitForReady(committed, child);
        }
        Thread.sleep(delayMillis);
        child.destroyForcibly();
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
            return label + ": the child did not die";
        }
        reader.join(5000);
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
                    }
                    committed.notifyAll();
                }
            }
        } catch (IOException e) {
            // The child was killed: its output simply ends.
        }
    }

    private static void waitForReady(Map<String, Long> committed, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        synchronized (committed) {
            committed.remove("ready");
            while (!committed.containsKey("ready") && child.isAlive() && System.nanoTime() < deadline) {
                committed.wait(100);
            }
        }
    }

    private String verify(Path dir, Map<String, Long> committed, String label) {
        try (Database db = new InventoryStore(Clock.systemUTC()).openFile(dir)) {
            if (!db.notices().isEmpty()) {
                return label + ": the file was set aside: " + db.notices().getFirst().message();
            }
            Map<String, AccountSnapshot> latest = new SnapshotRepository(db).findLatest().stream()
                    .collect(Collectors.toMap(AccountSnapshot::accountId, Function.identity()));
            synchronized (committed) {
                for (Map.Entry<String, Long> c : committed.entrySet()) {
                    if (c.getKey().equals("ready")) {
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
