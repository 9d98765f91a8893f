package dev.eksatlas.inventory;

import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a child JVM by {@link DatabaseFaultCase}. {@code lock FILE}: holds an OS lock on the file,
 * as another program would, until killed. {@code fill DIR}: opens the inventory and writes snapshots
 * until the store refuses one (run under a file-size limit, as on a full disk), then prints
 * {@code refused: <message>} and exits 3; {@code stored N} after each snapshot.
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
