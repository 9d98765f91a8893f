package dev.eksatlas.inventory;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a child JVM by {@link DatabaseFaultCase}. {@code lock FILE}: holds an OS lock on the file,
 * as another program would, until killed. {@code fill DIR}: opens the inventory and writes snapshots
 * until the store refuses one (run under a file-size limit, as on a full disk), then prints
 * {@code refused: <message>} and exits 3; {@code stored N} after each snapshot. {@code hold DIR}
 * (for {@link FileCompactionTest}): writes 30 snapshots of one account, prints {@code holding}, and
 * keeps the inventory open until a line arrives on standard input; then stores one more snapshot,
 * prints {@code stored again} and exits.
 */
public final class InventoryChild {
    private InventoryChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("lock")) {
            try (RandomAccessFile file = new RandomAccessFile(args[1], "rw"); FileChannel channel = file.getChannel();
                    FileLock lock = channel.lock()) {
                System.out.println("locked " + lock.isValid());
                System.out.flush();
                Thread.sleep(120_000);
            }
            return;
        }
        if (args[0].equals("hold")) {
            try (Database db = new InventoryStore(Clock.systemUTC()).openFile(Path.of(args[1]))) {
                SnapshotWriter writer = new SnapshotWriter(db, 2);
                for (int i = 0; i < 30; i++) {
                    writer.save(TestSnapshots.account("111122223333", 20));
                }
                System.out.println("holding");
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                writer.save(TestSnapshots.account("111122223333", 20));
                System.out.println("stored again");
                System.out.flush();
            }
            return;
        }
        try (Database db = new InventoryStore(Clock.systemUTC()).openFile(Path.of(args[1]))) {
            SnapshotWriter writer = new SnapshotWriter(db, 1000);
            for (int i = 0; ; i++) {
                writer.save(TestSnapshots.account(String.format("%012d", 100_000_000_000L + i), 40));
                System.out.println("stored " + (i + 1));
                System.out.flush();
            }
        } catch (InventoryException e) {
            System.out.println("refused: " + e.getMessage());
            System.exit(3);
        }
    }
}
