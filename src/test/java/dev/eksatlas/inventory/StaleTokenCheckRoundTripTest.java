package dev.eksatlas.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.StaleTokenCheck;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The stale-token checks (Flyway V2) are stored with their snapshot and read back as written; none means "not checked". */
class StaleTokenCheckRoundTripTest {

    @Test
    void readsBackEveryCheckOfASnapshotAndNoneForASnapshotWithout() {
        try (Database db = InventoryStore.openInMemory("checks-" + UUID.randomUUID())) {
            AccountSnapshot plain = TestSnapshots.account("111122223333", 1);
            Instant end = Instant.parse("2026-11-28T09:00:00Z");
            List<StaleTokenCheck> checks = List.of(
                    new StaleTokenCheck("111122223333", "eu-west-1", "a", StaleTokenCheck.Status.CHECKED, end.minusSeconds(604_800), end,
                            302_400_000L, 12),
                    new StaleTokenCheck("111122223333", "eu-west-1", "b", StaleTokenCheck.Status.AUDIT_LOGGING_OFF, null, null, 0, 0),
                    new StaleTokenCheck("111122223333", "us-east-1", "c", StaleTokenCheck.Status.NO_LOG_GROUP, end.minusSeconds(60), end, 0, 0),
                    new StaleTokenCheck("111122223333", "us-east-1", "d", StaleTokenCheck.Status.FAILED, end.minusSeconds(60), end, 0, 0));
            AccountSnapshot checked = new AccountSnapshot(plain.account(), plain.profile(), plain.regions(), plain.startedAt(),
                    plain.finishedAt(), plain.clusters(), plain.oidcProviders(), plain.roles(), plain.associations(), plain.addons(),
                    plain.fargateProfiles(), plain.staleTokens(), checks, plain.coverageGaps(), plain.apiCalls(), null);
            SnapshotWriter writer = new SnapshotWriter(db);
            SnapshotRepository repository = new SnapshotRepository(db);

            writer.save(plain);
            assertThat(repository.findLatest().getFirst().staleTokenChecks()).isEmpty();
            writer.save(checked);

            AccountSnapshot read = repository.findLatest().getFirst();
            assertThat(read.staleTokenChecks()).containsExactlyElementsOf(checks);
            assertThat(read.withRun(null)).isEqualTo(checked);
        }
    }
}
