package dev.eksatlas.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.reliability.CaseResult;
import org.junit.jupiter.api.Test;

/** A few SIGKILLs in CI; the reliability suite does at least 20. */
class CrashSafetyTest {
    @Test
    void aKilledWriterLeavesAnInventoryThatOpensWithTheLatestCommittedSnapshotIntact() throws Exception {
        CaseResult result = new CrashSafetyCase().run(Integer.getInteger("crash.tries", 2), Long.getLong("crash.seed", 20261128));

        System.out.println(result);
        assertThat(result.failures()).isEmpty();
        assertThat(result.allSurvived()).as(result.toString()).isTrue();
    }

    @Test
    void aWriterKilledWhileCompactingLeavesTheLatestCommittedSnapshotIntact() throws Exception {
        CaseResult result = new CrashSafetyCase(true).run(Integer.getInteger("crash.tries", 2), Long.getLong("crash.seed", 20261128));

        System.out.println(result);
        assertThat(result.failures()).isEmpty();
        assertThat(result.allSurvived()).as(result.toString()).isTrue();
    }
}
