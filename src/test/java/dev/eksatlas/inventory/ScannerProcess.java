package dev.eksatlas.inventory;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.ScanRun;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Run in a separate JVM by {@link ConcurrentWritersTest}: a scanner writing one account's snapshots
 * into a team inventory, as another engineer's copy of the app would. Arguments: database address,
 * account id, number of scans, seed. Each "scan" takes a few tens of milliseconds between its start
 * and finish times, then is saved; it prints one line per saved run.
 */
public final class ScannerProcess {
    private ScannerProcess() {
    }

    public static void main(String[] args) {
        PostgresUrl url = PostgresUrl.parse(args[0]);
        String account = args[1];
        int scans = Integer.parseInt(args[2]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[3]));
        try (Database db = TestPostgres.open(url)) {
            SnapshotWriter writer = new SnapshotWriter(db, 1000);
            for (int i = 0; i < scans; i++) {
                Instant started = Instant.now();
                AccountSnapshot s = TestSnapshots.account(account, 1 + random.nextInt(6));
                Thread.sleep(20 + random.nextInt(60));
                Instant finished = Instant.now();
                ScanRun run = writer.save(new AccountSnapshot(s.account(), "writer-" + args[3], s.regions(), started, finished,
                        s.clusters(), s.oidcProviders(), s.roles(), s.associations(), s.addons(), s.fargateProfiles(),
                        s.staleTokens(), s.coverageGaps(), s.apiCalls(), null));
                System.out.println("saved " + run.id() + " " + run.status());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(4);
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
            System.exit(3);
        }
    }
}
