package dev.eksatlas.inventory;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.AwsAccount;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.domain.ScanStatus;
import dev.eksatlas.domain.SnapshotCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The {@code account} and {@code scan_run} tables: snapshot headers. */
final class ScanRunTable {
    static final String COLUMNS = "r.id, r.account_id, r.profile, r.regions, r.started_at, r.finished_at, r.status,"
            + " r.cluster_count, r.oidc_provider_count, r.role_count, r.association_count, r.addon_count,"
            + " r.fargate_profile_count, r.stale_token_count, r.coverage_gap_count, r.api_calls";

    private ScanRunTable() {
    }

    /** Inserts or updates the account; an unknown alias (null) keeps the one already stored. */
    static void saveAccount(Connection c, AwsAccount a) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE account SET partition_name = ?, alias = COALESCE(?, alias) WHERE account_id = ?")) {
            up.setString(1, a.partition());
            up.setString(2, a.alias());
            up.setString(3, a.accountId());
            if (up.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement in = c.prepareStatement("INSERT INTO account (account_id, partition_name, alias) VALUES (?,?,?)")) {
            in.setString(1, a.accountId());
            in.setString(2, a.partition());
            in.setString(3, a.alias());
            in.executeUpdate();
        }
    }

    static ScanRun insert(Connection c, AccountSnapshot s) throws SQLException {
        SnapshotCounts n = SnapshotCounts.of(s, s.apiCalls());
        String sql = "INSERT INTO scan_run (account_id, profile, regions, started_at, finished_at, status, cluster_count,"
                + " oidc_provider_count, role_count, association_count, addon_count, fargate_profile_count,"
                + " stale_token_count, coverage_gap_count, api_calls) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, s.accountId());
            ps.setString(2, s.profile());
            ps.setString(3, String.join(",", s.regions()));
            Jdbc.setInstant(ps, 4, s.startedAt());
            Jdbc.setInstant(ps, 5, s.finishedAt());
            ps.setString(6, s.status().name());
            ps.setInt(7, n.clusters());
            ps.setInt(8, n.oidcProviders());
            ps.setInt(9, n.roles());
            ps.setInt(10, n.associations());
            ps.setInt(11, n.addons());
            ps.setInt(12, n.fargateProfiles());
            ps.setInt(13, n.staleTokens());
            ps.setInt(14, n.coverageGaps());
            ps.setLong(15, n.apiCalls());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                return new ScanRun(id, s.accountId(), s.profile(), s.regions(), s.startedAt(), s.finishedAt(), s.status(), n);
            }
        }
    }

    static List<ScanRun> query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<ScanRun> runs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(map(rs));
                }
            }
            return runs;
        }
    }

    static AwsAccount account(Connection c, String accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT partition_name, alias FROM account WHERE account_id = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new AwsAccount(accountId, rs.getString(1), rs.getString(2)) : new AwsAccount(accountId, null, null);
            }
        }
    }

    private static ScanRun map(ResultSet rs) throws SQLException {
        String regions = rs.getString("regions");
        SnapshotCounts counts = new SnapshotCounts(rs.getInt("cluster_count"), rs.getInt("oidc_provider_count"),
                rs.getInt("role_count"), rs.getInt("association_count"), rs.getInt("addon_count"),
                rs.getInt("fargate_profile_count"), rs.getInt("stale_token_count"), rs.getInt("coverage_gap_count"),
                rs.getLong("api_calls"));
        return new ScanRun(rs.getLong("id"), rs.getString("account_id"), rs.getString("profile"),
                regions.isEmpty() ? List.of() : Arrays.asList(regions.split(",")),
                Jdbc.getInstant(rs, "started_at"), Jdbc.getInstant(rs, "finished_at"),
                ScanStatus.valueOf(rs.getString("status")), counts);
    }
}
