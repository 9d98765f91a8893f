package dev.eksatlas.inventory;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Run in a child JVM by {@link CrashSafetyCase}: opens the inventory folder given as the first
 * argument and writes the demo fleet's snapshots, one account after another, without end. After each
 * commit it prints {@code committed <account> <run id>}, so the parent knows what was stored before
 * it kills this process.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        List<AccountSnapshot> snapshots = Fleet.generate(FleetSpec.demo()).snapshots();
        try (Database db = new InventoryStore(Clock.systemUTC()).openFile(Path.of(args[0]))) {
            SnapshotWriter writer = new SnapshotWriter(db, 5);
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; ; i++) {
                ScanRun run = writer.save(snapshots.get(i % snapshots.size()));
                System.out.println("committed " + run.accountId() + " " + run.id());
                System.out.flush();
            }
        }
    }
}
