package dev.eksatlas.inventory;

import dev.eksatlas.domain.OidcProvider;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

final class OidcProviderTable extends SnapshotTable<OidcProvider> {
    @Override
    String insertSql() {
        return "INSERT INTO oidc_provider (scan_run_id, arn, url, client_ids, thumbprints, created_at, tags)"
                + " VALUES (?,?,?,?,?,?,?)";
    }

    @Override
    void bind(PreparedStatement ps, OidcProvider p) throws SQLException {
        ps.setString(2, p.arn());
        ps.setString(3, p.url());
        ps.setString(4, JsonColumns.write(p.clientIds()));
        ps.setString(5, JsonColumns.write(p.thumbprints()));
        Jdbc.setInstant(ps, 6, p.createdAt());
        ps.setString(7, JsonColumns.write(p.tags()));
    }

    @Override
    String selectSql() {
        return "SELECT * FROM oidc_provider WHERE scan_run_id = ? ORDER BY arn";
    }

    @Override
    OidcProvider map(ResultSet rs, String accountId) throws SQLException {
        return new OidcProvider(accountId, rs.getString("arn"), rs.getString("url"),
                JsonColumns.list(rs.getString("client_ids")), JsonColumns.list(rs.getString("thumbprints")),
                Jdbc.getInstant(rs, "created_at"), JsonColumns.map(rs.getString("tags")));
    }
}
