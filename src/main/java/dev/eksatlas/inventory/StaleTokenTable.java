package dev.eksatlas.inventory;

import dev.eksatlas.domain.StaleTokenObservation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

final class StaleTokenTable extends SnapshotTable<StaleTokenObservation> {
    @Override
    String insertSql() {
        return "INSERT INTO stale_token_observation (scan_run_id, region, cluster_name, subject, seconds_after_threshold,"
                + " seen_at) VALUES (?,?,?,?,?,?)";
    }

    @Override
    void bind(PreparedStatement ps, StaleTokenObservation o) throws SQLException {
        ps.setString(2, o.region());
        ps.setString(3, o.clusterName());
        ps.setString(4, o.subject());
        ps.setLong(5, o.secondsAfterThreshold());
        Jdbc.setInstant(ps, 6, o.seenAt());
    }

    @Override
    String selectSql() {
        return "SELECT * FROM stale_token_observation WHERE scan_run_id = ? ORDER BY id";
    }

    @Override
    StaleTokenObservation map(ResultSet rs, String accountId) throws SQLException {
        return new StaleTokenObservation(accountId, rs.getString("region"), rs.getString("cluster_name"),
                rs.getString("subject"), rs.getLong("seconds_after_threshold"), Jdbc.getInstant(rs, "seen_at"));
    }
}
