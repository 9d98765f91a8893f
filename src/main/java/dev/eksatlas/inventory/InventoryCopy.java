package dev.eksatlas.inventory;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.ScanRun;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies every stored snapshot from one inventory to another (an H2 file into a PostgreSQL team
 * inventory, or back), keeping each snapshot's status and their order, in ONE transaction on the
 * target: a failed copy leaves the target as it was. Afterwards the row counts of every table are
 * compared. A target that already holds snapshots is refused unless {@code overwrite} is given,
 * which replaces its content in the same transaction.
 */
public final class InventoryCopy {
    /** Every table of the inventory, parents first. */
    static final List<String> TABLES = List.of("account", "scan_run", "eks_cluster", "oidc_provider", "iam_role",
            "pod_identity_association", "eks_addon", "fargate_profile", "stale_token_observation", "stale_token_check", "coverage_gap");

    private final SnapshotTables tables = new SnapshotTables();

    /** What was copied: snapshots, accounts, and the rows of every table (equal in source and target). */
    public record Result(int snapshots, int accounts, Map<String, Long> rowsByTable) {
        public long rows() {
            return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Result copy(Database from, Database to, boolean overwrite) {
        try (Connection source = from.connection(); Connection target = to.connection()) {
            source.setAutoCommit(false);
            // The whole source is read from one consistent state, even while others keep writing into it.
            source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            target.setAutoCommit(false);
            try {
                Map<String, Long> before = counts(target);
                if (before.get("scan_run") > 0 && !overwrite) {
                    throw new InventoryException("The target inventory " + to.description() + " already holds "
                            + before.get("scan_run") + " snapshots. Nothing was copied; add --overwrite to replace them.");
                }
                clear(target);
                List<ScanRun> runs = ScanRunTable.query(source, "SELECT " + ScanRunTable.COLUMNS + " FROM scan_run r ORDER BY r.id");
                for (ScanRun run : runs) {
                    AccountSnapshot snapshot = tables.load(source, run);
                    ScanRunTable.saveAccount(target, snapshot.account());
                    ScanRun copied = ScanRunTable.insert(target, snapshot, run.status());
                    tables.insert(target, copied.id(), snapshot);
                }
                Map<String, Long> expected = counts(source);
                Map<String, Long> actual = counts(target);
                if (!expected.equals(actual)) {
                    throw new InventoryException("The copy does not match its source (rows per table: source " + expected
                            + ", target " + actual + "). Nothing was copied.");
                }
                target.commit();
                return new Result(runs.size(), Math.toIntExact(expected.get("account")), expected);
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                throw e;
            } finally {
                source.rollback();
            }
        } catch (SQLException e) {
            throw new InventoryException("Could not copy the inventory " + from.description() + " to " + to.description()
                    + "; the target is unchanged. " + e.getMessage(), e);
        }
    }

    /** Rows per table, read inside the caller's transaction. */
    static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement st = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static void clear(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            // Child rows go with their scan_run (ON DELETE CASCADE).
            st.executeUpdate("DELETE FROM scan_run");
            st.executeUpdate("DELETE FROM account");
        }
    }
}
