package dev.eksatlas.inventory;

import dev.eksatlas.domain.StaleTokenCheck;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** {@code stale_token_check} (Flyway V2): one row per cluster a stale-token scan looked at. */
final class StaleTokenCheckTable extends SnapshotTable<StaleTokenCheck> {
    @Override
    String insertSql() {
        return "INSERT INTO stale_token_check (scan_run_id, region, cluster_name, status, window_start, window_end,"
                + " bytes_scanned, records_matched) VALUES (?,?,?,?,?,?,?,?)";
    }

    @Override
    void bind(PreparedStatement ps, StaleTokenCheck c) throws SQLException {
        ps.setString(2, c.region());
        ps.setString(3, c.clusterName());
        ps.setString(4, c.status().name());
        Jdbc.setInstant(ps, 5, c.windowStart());
        Jdbc.setInstant(ps, 6, c.windowEnd());
        ps.setLong(7, c.bytesScanned());
        ps.setLong(8, c.recordsMatched());
    }

    @Override
    String selectSql() {
        return "SELECT * FROM stale_token_check WHERE scan_run_id = ? ORDER BY region, cluster_name";
    }

    @Override
    StaleTokenCheck map(ResultSet rs, String accountId) throws SQLException {
        return new StaleTokenCheck(accountId, rs.getString("region"), rs.getString("cluster_name"),
                StaleTokenCheck.Status.valueOf(rs.getString("status")), Jdbc.getInstant(rs, "window_start"),
                Jdbc.getInstant(rs, "window_end"), rs.getLong("bytes_scanned"), rs.getLong("records_matched"));
    }
}
