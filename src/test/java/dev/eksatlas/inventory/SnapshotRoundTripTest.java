package dev.eksatlas.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.domain.ScanStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs on H2 and on the PostgreSQL test server (skipped without one, except in CI): same behaviour on both. */
class SnapshotRoundTripTest {
    private TestInventory inventory;
    private SnapshotWriter writer;
    private SnapshotRepository repository;

    private void open(TestInventory.Backend backend) {
        inventory = TestInventory.open(backend);
        writer = new SnapshotWriter(inventory.database(), 3);
        repository = new SnapshotRepository(inventory.database());
    }

    @AfterEach
    void close() {
        if (inventory != null) {
            inventory.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestInventory.Backend.class)
    void readsBackEverySnapshotFieldAsWritten(TestInventory.Backend backend) {
        open(backend);
        AccountSnapshot written = TestSnapshots.account("111122223333", 2);
        ScanRun run = writer.save(written);

        List<AccountSnapshot> latest = repository.findLatest();

        assertThat(latest).hasSize(1);
        AccountSnapshot read = latest.getFirst();
        assertThat(read.run()).isEqualTo(run);
        assertThat(read.withRun(null)).isEqualTo(written);
        assertThat(run.status()).isEqualTo(ScanStatus.PARTIAL);
        assertThat(run.counts().clusters()).isEqualTo(2);
        assertThat(run.counts().apiCalls()).isEqualTo(1234);
    }

    @ParameterizedTest
    @EnumSource(TestInventory.Backend.class)
    void latestIsTheNewestSnapshotOfEachAccount(TestInventory.Backend backend) {
        open(backend);
        writer.save(TestSnapshots.account("111122223333", 1));
        writer.save(TestSnapshots.account("444455556666", 1));
        writer.save(TestSnapshots.account("111122223333", 3));

        List<AccountSnapshot> latest = repository.findLatest();

        assertThat(latest).extracting(AccountSnapshot::accountId).containsExactly("111122223333", "444455556666");
        assertThat(latest.getFirst().clusters()).hasSize(3);
        assertThat(repository.findRunsByAccount("111122223333")).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestInventory.Backend.class)
    void aWriteThatFailsHalfWayLeavesThePreviousSnapshotIntact(TestInventory.Backend backend) {
        open(backend);
        AccountSnapshot first = TestSnapshots.account("111122223333", 2);
        writer.save(first);
        // Clusters and providers go in first; the duplicate role ARN then breaks the write half-way.
        AccountSnapshot broken = TestSnapshots.account("111122223333", 5);
        List<IamRole> roles = new ArrayList<>(broken.roles());
        roles.add(roles.getFirst());
        AccountSnapshot duplicateRoles = new AccountSnapshot(broken.account(), broken.profile(), broken.regions(),
                broken.startedAt(), broken.finishedAt(), broken.clusters(), broken.oidcProviders(), roles,
                broken.associations(), broken.addons(), broken.fargateProfiles(), broken.staleTokens(),
                broken.coverageGaps(), broken.apiCalls(), null);

        assertThatThrownBy(() -> writer.save(duplicateRoles))
                .isInstanceOf(InventoryException.class)
                .hasMessageContaining("previous snapshot is unchanged");

        assertThat(repository.findRunsByAccount("111122223333")).hasSize(1);
        assertThat(repository.findLatest().getFirst().withRun(null)).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(TestInventory.Backend.class)
    void keepsOnlyTheNewestSnapshotsUpToTheBound(TestInventory.Backend backend) {
        open(backend);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(writer.save(TestSnapshots.account("111122223333", i)).id());
        }

        List<ScanRun> kept = repository.findRunsByAccount("111122223333");

        assertThat(kept).extracting(ScanRun::id).containsExactly(ids.get(4), ids.get(3), ids.get(2));
        assertThat(repository.findById(ids.getFirst())).isEmpty();
        assertThat(repository.findById(ids.get(2))).get().extracting(s -> s.clusters().size()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TestInventory.Backend.class)
    void ofTwoScansOfOneAccountAtTheSameTimeTheOneThatFinishedLaterWins(TestInventory.Backend backend) {
        open(backend);
        SnapshotWriter keepAll = new SnapshotWriter(inventory.database(), 10);
        ScanRun first = keepAll.save(timed(2, "10:00", "10:05"));
        ScanRun overlappedEarlier = keepAll.save(timed(3, "10:01", "10:04"));
        ScanRun overlappedLater = keepAll.save(timed(4, "10:02", "10:10"));
        ScanRun afterwards = keepAll.save(timed(5, "10:11", "10:12"));

        assertThat(overlappedEarlier.status()).isEqualTo(ScanStatus.SUPERSEDED);
        assertThat(overlappedLater.status()).isEqualTo(ScanStatus.PARTIAL);
        assertThat(repository.findRunsByAccount("111122223333")).extracting(ScanRun::id, ScanRun::status).containsExactly(
                tuple(afterwards.id(), ScanStatus.PARTIAL),
                tuple(overlappedLater.id(), ScanStatus.PARTIAL),
                tuple(overlappedEarlier.id(), ScanStatus.SUPERSEDED),
                tuple(first.id(), ScanStatus.SUPERSEDED));
        assertThat(repository.findLatest()).singleElement().extracting(s -> s.clusters().size()).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(TestInventory.Backend.class)
    void aSupersededScanNeverBecomesTheLatest(TestInventory.Backend backend) {
        open(backend);
        writer.save(timed(2, "10:00", "10:05"));
        writer.save(timed(3, "10:01", "10:04"));

        assertThat(repository.findLatestRuns()).singleElement().satisfies(r -> {
            assertThat(r.counts().clusters()).isEqualTo(2);
            assertThat(r.status()).isEqualTo(ScanStatus.PARTIAL);
        });
    }

    /** A scan of account 111122223333 with {@code clusters} clusters that ran from {@code start} to {@code end} (UTC, one day). */
    private static AccountSnapshot timed(int clusters, String start, String end) {
        AccountSnapshot s = TestSnapshots.account("111122223333", clusters);
        return new AccountSnapshot(s.account(), s.profile(), s.regions(), Instant.parse("2026-11-20T" + start + ":00Z"),
                Instant.parse("2026-11-20T" + end + ":00Z"), s.clusters(), s.oidcProviders(), s.roles(), s.associations(),
                s.addons(), s.fargateProfiles(), s.staleTokens(), s.coverageGaps(), s.apiCalls(), null);
    }
}
