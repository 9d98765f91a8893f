package dev.eksatlas.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.domain.ScanStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnapshotRoundTripTest {
    private Database db;
    private SnapshotWriter writer;
    private SnapshotRepository repository;

    @BeforeEach
    void open() {
        db = InventoryStore.openInMemory("roundtrip-" + UUID.randomUUID());
        writer = new SnapshotWriter(db, 3);
        repository = new SnapshotRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void readsBackEverySnapshotFieldAsWritten() {
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

    @Test
    void latestIsTheNewestSnapshotOfEachAccount() {
        writer.save(TestSnapshots.account("111122223333", 1));
        writer.save(TestSnapshots.account("444455556666", 1));
        writer.save(TestSnapshots.account("111122223333", 3));

        List<AccountSnapshot> latest = repository.findLatest();

        assertThat(latest).extracting(AccountSnapshot::accountId).containsExactly("111122223333", "444455556666");
        assertThat(latest.getFirst().clusters()).hasSize(3);
        assertThat(repository.findRunsByAccount("111122223333")).hasSize(2);
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousSnapshotIntact() {
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

    @Test
    void keepsOnlyTheNewestSnapshotsUpToTheBound() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(writer.save(TestSnapshots.account("111122223333", i)).id());
        }

        List<ScanRun> kept = repository.findRunsByAccount("111122223333");

        assertThat(kept).extracting(ScanRun::id).containsExactly(ids.get(4), ids.get(3), ids.get(2));
        assertThat(repository.findById(ids.getFirst())).isEmpty();
        assertThat(repository.findById(ids.get(2))).get().extracting(s -> s.clusters().size()).isEqualTo(3);
    }
}
