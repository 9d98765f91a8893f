package dev.eksatlas.inventory;

import dev.eksatlas.domain.PodIdentityAssociation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

final class AssociationTable extends SnapshotTable<PodIdentityAssociation> {
    @Override
    String insertSql() {
        return "INSERT INTO pod_identity_association (scan_run_id, region, cluster_name, association_id, association_arn,"
                + " namespace, service_account, role_arn, target_role_arn, external_id, disable_session_tags, owner_arn,"
                + " session_policy, created_at, modified_at, tags) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    }

    @Override
    void bind(PreparedStatement ps, PodIdentityAssociation a) throws SQLException {
        ps.setString(2, a.region());
        ps.setString(3, a.clusterName());
        ps.setString(4, a.associationId());
        ps.setString(5, a.associationArn());
        ps.setString(6, a.namespace());
        ps.setString(7, a.serviceAccount());
        ps.setString(8, a.roleArn());
        ps.setString(9, a.targetRoleArn());
        ps.setString(10, a.externalId());
        Jdbc.setBoolean(ps, 11, a.disableSessionTags());
        ps.setString(12, a.ownerArn());
        ps.setString(13, a.policy());
        Jdbc.setInstant(ps, 14, a.createdAt());
        Jdbc.setInstant(ps, 15, a.modifiedAt());
        ps.setString(16, JsonColumns.write(a.tags()));
    }

    @Override
    String selectSql() {
        return "SELECT * FROM pod_identity_association WHERE scan_run_id = ?"
                + " ORDER BY region, cluster_name, namespace, service_account, association_arn";
    }

    @Override
    PodIdentityAssociation map(ResultSet rs, String accountId) throws SQLException {
        return new PodIdentityAssociation(accountId, rs.getString("region"), rs.getString("cluster_name"),
                rs.getString("association_id"), rs.getString("association_arn"), rs.getString("namespace"),
                rs.getString("service_account"), rs.getString("role_arn"), rs.getString("target_role_arn"),
                rs.getString("external_id"), Jdbc.getBoolean(rs, "disable_session_tags"), rs.getString("owner_arn"),
                rs.getString("session_policy"), Jdbc.getInstant(rs, "created_at"), Jdbc.getInstant(rs, "modified_at"),
                JsonColumns.map(rs.getString("tags")));
    }
}
