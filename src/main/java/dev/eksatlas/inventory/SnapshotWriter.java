package dev.eksatlas.inventory;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.domain.ScanStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.api.ErrorCode;

/**
 * The only writer of the inventory. Each account's scan is stored as one snapshot in ONE
 * transaction, so a failed or interrupted write leaves the previous snapshot exactly as it was;
 * older snapshots beyond {@code keepPerAccount} are pruned in the same transaction. With several
 * writers (a team inventory), scans of different accounts write at the same time; two scans of the
 * same account take turns, and when they ran at the same time the one that finished later is the
 * account's snapshot and the other is stored as {@link ScanStatus#SUPERSEDED} (ADR 0009).
 */
public final class SnapshotWriter {
    private static final Logger LOG = Logger.getLogger(SnapshotWriter.class.getName());
    public static final int DEFAULT_KEEP_PER_ACCOUNT = 20;

    private final Database db;
    private final int keepPerAccount;
    private final SnapshotTables tables = new SnapshotTables();

    public SnapshotWriter(Database db, int keepPerAccount) {
        if (keepPerAccount < 1) {
            throw new IllegalArgumentException("keepPerAccount must be at least 1");
        }
        this.db = db;
        this.keepPerAccount = keepPerAccount;
    }

    public SnapshotWriter(Database db) {
        this(db, DEFAULT_KEEP_PER_ACCOUNT);
    }

    /** Stores the snapshot and returns its header with the new id. */
    public ScanRun save(AccountSnapshot snapshot) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                // From here the account's row is locked: a concurrent scan of the same account waits for this commit.
                ScanRunTable.saveAccount(c, snapshot.account());
                boolean superseded = ScanRunTable.laterSnapshotStored(c, snapshot);
                ScanRun run = ScanRunTable.insert(c, snapshot, superseded ? ScanStatus.SUPERSEDED : snapshot.status());
                if (!superseded) {
                    ScanRunTable.supersedeOverlapping(c, run);
                }
                tables.insert(c, run.id(), snapshot);
                prune(c, snapshot.accountId());
                c.commit();
                syncToDisk(c);
                return run;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new InventoryException("Could not store the scan of account " + snapshot.accountId()
                    + "; the previous snapshot is unchanged. " + writeFailureHint(e) + e.getMessage(), e);
        }
    }

    /**
     * H2 only: a checkpoint after each snapshot writes what H2 still holds and syncs the file, so a
     * snapshot reported stored is on the disk, not only in the operating system's cache. (What kept a killed
     * process from reopening at an old chunk was turning off space reuse: ADR 0011.) An fsync per
     * stored account costs nothing next to a scan.
     */
    private static void syncToDisk(Connection c) {
        try {
            if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
                try (Statement st = c.createStatement()) {
                    st.execute("CHECKPOINT SYNC");
                }
            }
        } catch (SQLException e) {
            // The snapshot is committed; only its safety against a crash is weaker.
            LOG.log(Level.WARNING, "Could not checkpoint the inventory after a snapshot", e);
        }
    }

    /**
     * H2 reports a failed file write (disk full, file-size limit, read-only medium) as a general
     * error or, once its store has stopped, as "database closed": name the likely cause for the user.
     */
    private static String writeFailureHint(SQLException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String text = String.valueOf(c.getMessage());
            if ((c instanceof SQLException s && s.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED)
                    || text.contains("Writing to") || text.contains("No space left") || text.contains("File too large")) {
                return "The inventory file could not be written: is the disk full or the data folder read-only? ";
            }
        }
        return "";
    }

    private void prune(Connection c, String accountId) throws SQLException {
        List<Long> older = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM scan_run WHERE account_id = ? ORDER BY id DESC")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                int seen = 0;
                while (rs.next()) {
                    if (++seen > keepPerAccount) {
                        older.add(rs.getLong(1));
                    }
                }
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM scan_run WHERE id = ?")) {
            for (long id : older) {
                del.setLong(1, id);
                del.addBatch();
            }
            if (!older.isEmpty()) {
                del.executeBatch();
            }
        }
    }
}
