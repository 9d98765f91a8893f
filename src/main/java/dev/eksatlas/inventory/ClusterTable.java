package dev.eksatlas.inventory;

import dev.eksatlas.domain.EksCluster;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

final class ClusterTable extends SnapshotTable<EksCluster> {
    @Override
    String insertSql() {
        return "INSERT INTO eks_cluster (scan_run_id, region, name, arn, version, platform_version, status, oidc_issuer,"
                + " logging_types, authentication_mode, auto_mode, created_at, tags) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
    }

    @Override
    void bind(PreparedStatement ps, EksCluster c) throws SQLException {
        ps.setString(2, c.region());
        ps.setString(3, c.name());
        ps.setString(4, c.arn());
        ps.setString(5, c.version());
        ps.setString(6, c.platformVersion());
        ps.setString(7, c.status());
        ps.setString(8, c.oidcIssuer());
        ps.setString(9, String.join(",", c.loggingTypesEnabled()));
        ps.setString(10, c.authenticationMode());
        ps.setBoolean(11, c.autoMode());
        Jdbc.setInstant(ps, 12, c.createdAt());
        ps.setString(13, JsonColumns.write(c.tags()));
    }

    @Override
    String selectSql() {
        return "SELECT * FROM eks_cluster WHERE scan_run_id = ? ORDER BY region, name, arn";
    }

    @Override
    EksCluster map(ResultSet rs, String accountId) throws SQLException {
        String logging = rs.getString("logging_types");
        List<String> types = logging.isEmpty() ? List.of() : Arrays.asList(logging.split(","));
        return new EksCluster(accountId, rs.getString("region"), rs.getString("name"), rs.getString("arn"),
                rs.getString("version"), rs.getString("platform_version"), rs.getString("status"),
                rs.getString("oidc_issuer"), types, rs.getString("authentication_mode"), rs.getBoolean("auto_mode"),
                Jdbc.getInstant(rs, "created_at"), JsonColumns.map(rs.getString("tags")));
    }
}
