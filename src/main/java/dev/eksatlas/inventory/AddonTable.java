package dev.eksatlas.inventory;

import dev.eksatlas.domain.EksAddon;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

final class AddonTable extends SnapshotTable<EksAddon> {
    @Override
    String insertSql() {
        return "INSERT INTO eks_addon (scan_run_id, region, cluster_name, name, arn, version, status,"
                + " service_account_role_arn, pod_identity_association_arns, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)";
    }

    @Override
    void bind(PreparedStatement ps, EksAddon a) throws SQLException {
        ps.setString(2, a.region());
        ps.setString(3, a.clusterName());
        ps.setString(4, a.name());
        ps.setString(5, a.arn());
        ps.setString(6, a.version());
        ps.setString(7, a.status());
        ps.setString(8, a.serviceAccountRoleArn());
        ps.setString(9, JsonColumns.write(a.podIdentityAssociationArns()));
        Jdbc.setInstant(ps, 10, a.createdAt());
    }

    @Override
    String selectSql() {
        return "SELECT * FROM eks_addon WHERE scan_run_id = ? ORDER BY region, cluster_name, name";
    }

    @Override
    EksAddon map(ResultSet rs, String accountId) throws SQLException {
        return new EksAddon(accountId, rs.getString("region"), rs.getString("cluster_name"), rs.getString("name"),
                rs.getString("arn"), rs.getString("version"), rs.getString("status"),
                rs.getString("service_account_role_arn"), JsonColumns.list(rs.getString("pod_identity_association_arns")),
                Jdbc.getInstant(rs, "created_at"));
    }
}
