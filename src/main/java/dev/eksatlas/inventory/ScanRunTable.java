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
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The {@code account} and {@code scan_run} tables: snapshot headers. */
final class ScanRunTable {
    static final String COLUMNS = "r.id, r.account_id, r.profile, r.regions, r.started_at, r.finished_at, r.status,"
            + " r.cluster_count, r.oidc_provider_count, r.role_count, r.association_count, r.addon_count,"
            + " r.fargate_profile_count, r.stale_token_count, r.coverage_gap_count, r.api_calls";

    private static final String UNIQUE_VIOLATION = "23505";

    private ScanRunTable() {
    }

    /**
     * Inserts or updates the account. Either way the account's row stays locked until the transaction
     * ends, so two writers of the same account take turns while writers of other accounts do not wait.
     * An unknown alias (null) keeps the one already stored.
     */
    static void saveAccount(Connection c, AwsAccount a) throws SQLException {
        if (updateAccount(c, a)) {
            return;
        }
        Savepoint beforeInsert = c.setSavepoint();
        try (PreparedStatement in = c.prepareStatement("INSERT INTO account (account_id, partition_name, alias) VALUES (?,?,?)")) {
            in.setString(1, a.accountId());
            in.setString(2, a.partition());
            in.setString(3, a.alias());
            in.executeUpdate();
        } catch (SQLException e) {
            // Another writer inserted the same new account first (and has committed): update it instead.
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(beforeInsert);
            updateAccount(c, a);
        }
    }

    private static boolean updateAccount(Connection c, AwsAccount a) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE account SET partition_name = ?, alias = COALESCE(?, alias) WHERE account_id = ?")) {
            up.setString(1, a.partition());
            up.setString(2, a.alias());
            up.setString(3, a.accountId());
            return up.executeUpdate() > 0;
        }
    }

    /** True when a stored, not superseded snapshot of the account finished after this one: that one stays the account's latest. */
    static boolean laterSnapshotStored(Connection c, AccountSnapshot s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM scan_run WHERE account_id = ? AND status <> ?"
                + " AND finished_at > ?")) {
            ps.setString(1, s.accountId());
            ps.setString(2, ScanStatus.SUPERSEDED.name());
            Jdbc.setInstant(ps, 3, s.finishedAt());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Marks as superseded the account's snapshots whose scans were still running when this one started. */
    static void supersedeOverlapping(Connection c, ScanRun run) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE scan_run SET status = ? WHERE account_id = ? AND id <> ?"
                + " AND status <> ? AND finished_at > ?")) {
            ps.setString(1, ScanStatus.SUPERSEDED.name());
            ps.setString(2, run.accountId());
            ps.setLong(3, run.id());
            ps.setString(4, ScanStatus.SUPERSEDED.name());
            Jdbc.setInstant(ps, 5, run.startedAt());
            ps.executeUpdate();
        }
    }

    static ScanRun insert(Connection c, AccountSnapshot s, ScanStatus status) throws SQLException {
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
            ps.setString(6, status.name());
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
                return new ScanRun(id, s.accountId(), s.profile(), s.regions(), s.startedAt(), s.finishedAt(), status, n);
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
