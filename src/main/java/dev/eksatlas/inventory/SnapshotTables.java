package dev.eksatlas.inventory;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.ScanRun;
import java.sql.Connection;
import java.sql.SQLException;

/** All child tables of a snapshot, written and read together. */
final class SnapshotTables {
    private final ClusterTable clusters = new ClusterTable();
    private final OidcProviderTable providers = new OidcProviderTable();
    private final RoleTable roles = new RoleTable();
    private final AssociationTable associations = new AssociationTable();
    private final AddonTable addons = new AddonTable();
    private final FargateProfileTable fargateProfiles = new FargateProfileTable();
    private final StaleTokenTable staleTokens = new StaleTokenTable();
    private final StaleTokenCheckTable staleTokenChecks = new StaleTokenCheckTable();
    private final CoverageGapTable coverageGaps = new CoverageGapTable();

    void insert(Connection c, long runId, AccountSnapshot s) throws SQLException {
        clusters.insert(c, runId, s.clusters());
        providers.insert(c, runId, s.oidcProviders());
        roles.insert(c, runId, s.roles());
        associations.insert(c, runId, s.associations());
        addons.insert(c, runId, s.addons());
        fargateProfiles.insert(c, runId, s.fargateProfiles());
        staleTokens.insert(c, runId, s.staleTokens());
        staleTokenChecks.insert(c, runId, s.staleTokenChecks());
        coverageGaps.insert(c, runId, s.coverageGaps());
    }

    AccountSnapshot load(Connection c, ScanRun run) throws SQLException {
        long id = run.id();
        String acct = run.accountId();
        return new AccountSnapshot(ScanRunTable.account(c, acct), run.profile(), run.regions(), run.startedAt(),
                run.finishedAt(), clusters.load(c, id, acct), providers.load(c, id, acct), roles.load(c, id, acct),
                associations.load(c, id, acct), addons.load(c, id, acct), fargateProfiles.load(c, id, acct),
                staleTokens.load(c, id, acct), staleTokenChecks.load(c, id, acct), coverageGaps.load(c, id, acct), run.counts().apiCalls(), run);
    }
}
