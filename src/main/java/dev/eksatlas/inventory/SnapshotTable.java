package dev.eksatlas.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One child table of a snapshot: how a record is bound into an INSERT and mapped back from a row.
 * Rows are read back in the table's natural-key order, so equal snapshots read back equally.
 */
abstract class SnapshotTable<T> {
    private static final int BATCH = 500;

    /** INSERT with {@code scan_run_id} as its first parameter. */
    abstract String insertSql();

    /** Binds the record's columns starting at parameter 2. */
    abstract void bind(PreparedStatement ps, T row) throws SQLException;

    /** SELECT with {@code scan_run_id = ?} as its only parameter, ordered by natural key. */
    abstract String selectSql();

    abstract T map(ResultSet rs, String accountId) throws SQLException;

    final void insert(Connection c, long runId, List<T> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(insertSql())) {
            int pending = 0;
            for (T row : rows) {
                ps.setLong(1, runId);
                bind(ps, row);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    final List<T> load(Connection c, long runId, String accountId) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(selectSql())) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs, accountId));
                }
            }
        }
        return out;
    }
}
