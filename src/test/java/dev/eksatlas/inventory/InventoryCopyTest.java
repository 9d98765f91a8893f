package dev.eksatlas.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.ScanRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copying every snapshot H2 → PostgreSQL → H2 keeps them all, with their order and statuses, and checks the counts. */
class InventoryCopyTest {

    @Test
    void copiesEverySnapshotToPostgresqlAndBack() {
        try (TestInventory h2 = TestInventory.open(TestInventory.Backend.H2);
                TestInventory pg = TestInventory.open(TestInventory.Backend.POSTGRESQL);
                TestInventory back = TestInventory.open(TestInventory.Backend.H2)) {
            SnapshotWriter writer = new SnapshotWriter(h2.database());
            writer.save(TestSnapshots.account("111122223333", 1));
            writer.save(TestSnapshots.account("444455556666", 2));
            writer.save(TestSnapshots.account("111122223333", 3));

            InventoryCopy.Result there = new InventoryCopy().copy(h2.database(), pg.database(), false);
            InventoryCopy.Result home = new InventoryCopy().copy(pg.database(), back.database(), false);

            assertThat(there.snapshots()).isEqualTo(3);
            assertThat(there.accounts()).isEqualTo(2);
            assertThat(there.rowsByTable()).isEqualTo(home.rowsByTable()).containsEntry("eks_cluster", 6L);
            assertThat(withoutIds(back)).isEqualTo(withoutIds(h2)).isEqualTo(withoutIds(pg));
            assertThat(new SnapshotRepository(back.database()).findRunsByAccount("111122223333"))
                    .extracting(r -> r.counts().clusters()).containsExactly(3, 1);
        }
    }

    @Test
    void refusesATargetThatHoldsSnapshotsUnlessToldToOverwrite() {
        try (TestInventory h2 = TestInventory.open(TestInventory.Backend.H2);
                TestInventory pg = TestInventory.open(TestInventory.Backend.POSTGRESQL)) {
            new SnapshotWriter(h2.database()).save(TestSnapshots.account("111122223333", 2));
            new SnapshotWriter(pg.database()).save(TestSnapshots.account("999999999999", 1));

            assertThatThrownBy(() -> new InventoryCopy().copy(h2.database(), pg.database(), false))
                    .isInstanceOf(InventoryException.class)
                    .hasMessageContaining("already holds 1 snapshots")
                    .hasMessageContaining("--overwrite");
            assertThat(new SnapshotRepository(pg.database()).findLatestRuns()).extracting(ScanRun::accountId).containsExactly("999999999999");

            new InventoryCopy().copy(h2.database(), pg.database(), true);

            assertThat(withoutIds(pg)).isEqualTo(withoutIds(h2));
        }
    }

    private static List<AccountSnapshot> withoutIds(TestInventory inventory) {
        return new SnapshotRepository(inventory.database()).findLatest().stream().map(s -> s.withRun(null)).toList();
    }
}
