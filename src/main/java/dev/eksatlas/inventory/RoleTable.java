package dev.eksatlas.inventory;

import dev.eksatlas.domain.IamRole;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

final class RoleTable extends SnapshotTable<IamRole> {
    @Override
    String insertSql() {
        return "INSERT INTO iam_role (scan_run_id, arn, name, path, created_at, max_session_duration, trust_policy,"
                + " trust_policy_size, details_loaded, last_used_at, last_used_region, tags) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
    }

    @Override
    void bind(PreparedStatement ps, IamRole r) throws SQLException {
        ps.setString(2, r.arn());
        ps.setString(3, r.name());
        ps.setString(4, r.path());
        Jdbc.setInstant(ps, 5, r.createdAt());
        ps.setInt(6, r.maxSessionDuration());
        ps.setString(7, r.trustPolicy());
        ps.setInt(8, r.trustPolicySize());
        ps.setBoolean(9, r.detailsLoaded());
        Jdbc.setInstant(ps, 10, r.lastUsedAt());
        ps.setString(11, r.lastUsedRegion());
        ps.setString(12, JsonColumns.write(r.tags()));
    }

    @Override
    String selectSql() {
        return "SELECT * FROM iam_role WHERE scan_run_id = ? ORDER BY arn";
    }

    @Override
    IamRole map(ResultSet rs, String accountId) throws SQLException {
        return new IamRole(accountId, rs.getString("arn"), rs.getString("name"), rs.getString("path"),
                Jdbc.getInstant(rs, "created_at"), rs.getInt("max_session_duration"), rs.getString("trust_policy"),
                rs.getInt("trust_policy_size"), rs.getBoolean("details_loaded"), Jdbc.getInstant(rs, "last_used_at"),
                rs.getString("last_used_region"), JsonColumns.map(rs.getString("tags")));
    }
}
