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
 * it kills this process. With {@code compacting} as the second argument it closes the inventory after
 * every round of the fleet's accounts, compacting the file each time ({@code closing} before,
 * {@code closed} after), and opens it again.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        List<AccountSnapshot> snapshots = Fleet.generate(FleetSpec.demo()).snapshots();
        Path dir = Path.of(args[0]);
        if (args.length > 1 && args[1].equals("compacting")) {
            InventoryStore store = new InventoryStore(Clock.systemUTC(), CrashSafetyCase.ALWAYS_COMPACT);
            for (int round = 0; ; round++) {
                Database db = store.openFile(dir);
                ready();
                SnapshotWriter writer = new SnapshotWriter(db, 5);
                for (AccountSnapshot snapshot : snapshots) {
                    report(writer.save(snapshot));
                }
                System.out.println("closing");
                System.out.flush();
                db.close();
                System.out.println("closed");
                System.out.flush();
            }
        }
        try (Database db = new InventoryStore(Clock.systemUTC()).openFile(dir)) {
            SnapshotWriter writer = new SnapshotWriter(db, 5);
            ready();
            for (int i = 0; ; i++) {
                report(writer.save(snapshots.get(i % snapshots.size())));
            }
        }
    }

    private static void ready() {
        System.out.println("ready");
        System.out.flush();
    }

    private static void report(ScanRun run) {
        System.out.println("committed " + run.accountId() + " " + run.id());
        System.out.flush();
    }
}
