package dev.eksatlas.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.reliability.CaseResult;
import org.junit.jupiter.api.Test;

/** A few rounds in CI; the reliability suite runs 300, long enough to reach H2's reuse of freed space. */
class CrashImageTest {
    @Test
    void everyImageOfTheFileTakenMidWriteOpensWithEverythingCommittedBeforeIt() throws Exception {
        CaseResult result = new CrashImageCase().run(Integer.getInteger("crash.rounds", 8), Long.getLong("crash.seed", 20261128));

        System.out.println(result);
        assertThat(result.failures()).isEmpty();
        assertThat(result.allSurvived()).as(result.toString()).isTrue();
        assertThat(result.tries()).isEqualTo(Integer.getInteger("crash.rounds", 8));
    }
}
