package dev.eksatlas.inventory;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a separate JVM by {@link InventoryFileTest}: opens the inventory folder given as the
 * first argument, as a second copy of the app would, and prints how many accounts it sees.
 */
public final class InventoryProbe {
    private InventoryProbe() {
    }

    public static void main(String[] args) {
        try (Database db = new InventoryStore(Clock.systemUTC()).openFile(Path.of(args[0]))) {
            int accounts = new SnapshotRepository(db).findLatestRuns().size();
            if (args.length > 1) {
                new SnapshotWriter(db).save(TestSnapshots.account(args[1], 1));
            }
            System.out.println("accounts=" + accounts);
        } catch (InventoryException e) {
            System.out.println("refused: " + e.getMessage());
            System.exit(3);
        }
    }
}
