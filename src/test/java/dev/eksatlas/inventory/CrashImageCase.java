package dev.eksatlas.inventory;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.reliability.CaseResult;
import dev.eksatlas.reliability.Tally;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a kill leaves, a few hundred times in a couple of minutes. A SIGKILL ends the process but not
 * the operating system: every completed {@code write()} is in the file. So a copy of the file taken
 * while another thread writes snapshots is what a kill at that moment leaves behind. Each round opens
 * the previous round's copy, checks that every account's newest run is at least the one committed
 * before that copy began, writes snapshots for a random time (or is copied while still opening), and
 * copies the file for the next round.
 *
 * <p>Its research form (no compaction, file growing without end) found the rollback behind ADR 0011:
 * with space reuse on, 1 to 108 of 300 rounds reopened an old chunk, where the SIGKILL loop, at a few
 * seconds a try, rarely reaches it. With the app's compaction most rounds start from a compacted
 * file, so this case alone would not catch space reuse coming back; {@link FileCompactionTest}
 * checks the setting.
 */
public final class CrashImageCase {
    private final List<AccountSnapshot> snapshots = Fleet.generate(FleetSpec.demo()).snapshots();

    public CaseResult run(int rounds, long seed) throws IOException, InterruptedException {
        SplittableRandom random = new SplittableRandom(seed);
        Tally tally = new Tally("File images taken mid-write (what a kill leaves)");
        Path root = Files.createTempDirectory("atlas-crash-image");
        Path dir = root.resolve("round-0");
        Map<String, Long> expected = new HashMap<>();
        int next = 0;
        long largest = 0;
        for (int round = 0; round < rounds; round++) {
            Round r = new Round(dir, expected, next, "seed " + seed + " round " + round);
            Thread writer = Thread.ofPlatform().name("crash-image-writer").start(r::openCheckAndWrite);
            boolean duringOpen = round % 4 == 3;
            if (duringOpen) {
                sleepMicros(random.nextLong(200_000));
            } else {
                r.awaitReady();
                sleepMicros(1_000 + random.nextLong(1_500_000));
            }
            boolean beforeCheck = r.checked.get() == null;
            Map<String, Long> before = r.committed();
            Path image = root.resolve("round-" + (round + 1));
            largest = Math.max(largest, copy(InventoryStore.databaseFile(dir), InventoryStore.databaseFile(image)));
            r.stop();
            writer.join();
            tally.check(r.problem.get());
            // An image taken before this round's check had run holds what that check found (a loss
            // it found is counted once, here), or what this round expected if the open failed.
            expected = !beforeCheck ? before : r.checked.get() != null ? new HashMap<>(r.checked.get()) : new HashMap<>(r.expected);
            next += r.saved;
            deleteFolder(dir);
            dir = image;
        }
        deleteFolder(dir);
        Files.delete(root);
        return tally.result(String.format("copy the file at a random moment while writing (every fourth while opening);"
                + " reopen the copy; compare with what was committed; %,d snapshots written, file up to %.1f MB",
                next, largest / 1e6));
    }

    /** One round: opens the image, checks it, writes until stopped. Runs on its own thread. */
    private final class Round {
        private final Path dir;
        private final Map<String, Long> expected;
        private final int first;
        private final String label;
        private final Map<String, Long> committed = new HashMap<>();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicBoolean ready = new AtomicBoolean();
        private final AtomicReference<String> problem = new AtomicReference<>();
        private final AtomicReference<Map<String, Long>> checked = new AtomicReference<>();
        private volatile int saved;

        Round(Path dir, Map<String, Long> expected, int first, String label) {
            this.dir = dir;
            this.expected = Map.copyOf(expected);
            this.first = first;
            this.label = label;
            committed.putAll(expected);
        }

        void openCheckAndWrite() {
            try (Database db = new InventoryStore(Clock.systemUTC()).openFile(dir)) {
                if (!db.notices().isEmpty()) {
                    problem.set(label + ": the file was set aside: " + db.notices().getFirst().message());
                    return;
                }
                Map<String, Long> found = new HashMap<>();
                for (ScanRun run : new SnapshotRepository(db).findLatestRuns()) {
                    found.put(run.accountId(), run.id());
                }
                for (Map.Entry<String, Long> e : expected.entrySet()) {
                    if (found.getOrDefault(e.getKey(), 0L) < e.getValue()) {
                        problem.set(label + ": account " + e.getKey() + " reopened at run " + found.get(e.getKey())
                                + ", run " + e.getValue() + " was committed");
                        break;
                    }
                }
                synchronized (committed) {
                    committed.clear();
                    committed.putAll(found);
                }
                checked.set(found);
                ready.set(true);
                SnapshotWriter writer = new SnapshotWriter(db, 5);
                for (int i = first; !stop.get(); i++) {
                    ScanRun run = writer.save(snapshots.get(i % snapshots.size()));
                    synchronized (committed) {
                        committed.put(run.accountId(), run.id());
                    }
                    saved++;
                }
            } catch (RuntimeException e) {
                if (problem.get() == null) {
                    problem.set(label + ": " + e);
                }
            } finally {
                ready.set(true);
            }
        }

        void awaitReady() throws InterruptedException {
            while (!ready.get()) {
                Thread.sleep(1);
            }
        }

        /** What was committed so far (what the image about to be taken must hold). */
        Map<String, Long> committed() {
            synchronized (committed) {
                return new HashMap<>(committed);
            }
        }

        void stop() {
            stop.set(true);
        }
    }

    private static long copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (FileChannel in = FileChannel.open(from);
                FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = in.size();
            for (long pos = 0; pos < size; ) {
                pos += in.transferTo(pos, size - pos, out);
            }
            return size;
        }
    }

    private static void sleepMicros(long micros) throws InterruptedException {
        Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
    }

    private static void deleteFolder(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }
}
