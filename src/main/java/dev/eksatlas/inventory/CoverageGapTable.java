package dev.eksatlas.inventory;

import dev.eksatlas.domain.CoverageGap;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

final class CoverageGapTable extends SnapshotTable<CoverageGap> {
    private static final int MESSAGE_LIMIT = 4000;

    @Override
    String insertSql() {
        return "INSERT INTO coverage_gap (scan_run_id, region, service, operation, resource, error_code, message)"
                + " VALUES (?,?,?,?,?,?,?)";
    }

    @Override
    void bind(PreparedStatement ps, CoverageGap g) throws SQLException {
        ps.setString(2, g.region());
        ps.setString(3, g.service());
        ps.setString(4, g.operation());
        ps.setString(5, g.resource());
        ps.setString(6, g.errorCode());
        String message = g.message();
        ps.setString(7, message != null && message.length() > MESSAGE_LIMIT ? message.substring(0, MESSAGE_LIMIT) : message);
    }

    @Override
    String selectSql() {
        return "SELECT * FROM coverage_gap WHERE scan_run_id = ? ORDER BY id";
    }

    @Override
    CoverageGap map(ResultSet rs, String accountId) throws SQLException {
        return new CoverageGap(accountId, rs.getString("region"), rs.getString("service"), rs.getString("operation"),
                rs.getString("resource"), rs.getString("error_code"), rs.getString("message"));
    }
}
