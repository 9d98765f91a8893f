package dev.eksatlas.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.reliability.CaseResult;
import org.junit.jupiter.api.Test;

class DatabaseFaultTest {
    @Test
    void lockedNewerCorruptReadOnlyAndFullInventoriesGiveClearMessagesAndLoseNothingStored() throws Exception {
        for (CaseResult row : new DatabaseFaultCase().run(1, 7)) {
            assertThat(row.failures()).as(row.name()).isEmpty();
            assertThat(row.allSurvived()).as(row.name()).isTrue();
        }
    }
}
