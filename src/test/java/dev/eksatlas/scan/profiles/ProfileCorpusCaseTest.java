package dev.eksatlas.scan.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.reliability.CaseResult;
import org.junit.jupiter.api.Test;

class ProfileCorpusCaseTest {
    @Test
    void everyKindOfDamageIsReportedWithFileAndLineWhileTheGoodProfilesStillResolve() throws Exception {
        CaseResult result = new ProfileCorpusCase().run(12, 42);

        assertThat(result.failures()).isEmpty();
        assertThat(result.allSurvived()).isTrue();
    }
}
