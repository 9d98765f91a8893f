package dev.eksatlas.inventory;

import dev.eksatlas.domain.FargateProfile;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

final class FargateProfileTable extends SnapshotTable<FargateProfile> {
    @Override
    String insertSql() {
        return "INSERT INTO fargate_profile (scan_run_id, region, cluster_name, name, arn, status, pod_execution_role_arn,"
                + " selectors) VALUES (?,?,?,?,?,?,?,?)";
    }

    @Override
    void bind(PreparedStatement ps, FargateProfile f) throws SQLException {
        ps.setString(2, f.region());
        ps.setString(3, f.clusterName());
        ps.setString(4, f.name());
        ps.setString(5, f.arn());
        ps.setString(6, f.status());
        ps.setString(7, f.podExecutionRoleArn());
        ps.setString(8, JsonColumns.write(f.selectors()));
    }

    @Override
    String selectSql() {
        return "SELECT * FROM fargate_profile WHERE scan_run_id = ? ORDER BY region, cluster_name, name";
    }

    @Override
    FargateProfile map(ResultSet rs, String accountId) throws SQLException {
        return new FargateProfile(accountId, rs.getString("region"), rs.getString("cluster_name"), rs.getString("name"),
                rs.getString("arn"), rs.getString("status"), rs.getString("pod_execution_role_arn"),
                JsonColumns.selectors(rs.getString("selectors")));
    }
}
