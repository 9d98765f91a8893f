package dev.eksatlas.inventory;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.ScanRun;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads stored snapshots. "Current" means the latest stored snapshot of each account that was not
 * superseded by a concurrent scan; snapshots are only ever visible once their whole transaction
 * committed, and each read runs in one transaction, so a reader never sees a partial snapshot.
 */
public final class SnapshotRepository {
    private static final String LATEST_PER_ACCOUNT = "SELECT " + ScanRunTable.COLUMNS + " FROM scan_run r"
            + " WHERE r.id = (SELECT MAX(id) FROM scan_run x WHERE x.account_id = r.account_id AND x.status <> 'SUPERSEDED')"
            + " ORDER BY r.account_id";

    private final Database db;
    private final SnapshotTables tables = new SnapshotTables();

    public SnapshotRepository(Database db) {
        this.db = db;
    }

    /** The newest snapshot header of every account, by account id. */
    public List<ScanRun> findLatestRuns() {
        return read(c -> ScanRunTable.query(c, LATEST_PER_ACCOUNT));
    }

    /** Every account's newest snapshot, complete with its records. */
    public List<AccountSnapshot> findLatest() {
        return read(c -> {
            List<AccountSnapshot> out = new ArrayList<>();
            for (ScanRun run : ScanRunTable.query(c, LATEST_PER_ACCOUNT)) {
                out.add(tables.load(c, run));
            }
            return out;
        });
    }

    /** The stored snapshot headers of one account, newest first. */
    public List<ScanRun> findRunsByAccount(String accountId) {
        return read(c -> ScanRunTable.query(c, "SELECT " + ScanRunTable.COLUMNS + " FROM scan_run r"
                + " WHERE r.account_id = ? ORDER BY r.id DESC", accountId));
    }

    public Optional<AccountSnapshot> findById(long runId) {
        return read(c -> {
            List<ScanRun> runs = ScanRunTable.query(c, "SELECT " + ScanRunTable.COLUMNS + " FROM scan_run r WHERE r.id = ?", runId);
            return runs.isEmpty() ? Optional.<AccountSnapshot>empty() : Optional.of(tables.load(c, runs.getFirst()));
        });
    }

    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Query<T> query) {
        try (Connection c = db.connection()) {
            // One read transaction, so a snapshot's header and rows come from the same committed state.
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return query.run(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new InventoryException("Could not read the inventory: " + e.getMessage(), e);
        }
    }
}
