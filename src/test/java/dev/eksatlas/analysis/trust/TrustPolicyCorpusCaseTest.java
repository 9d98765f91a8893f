package dev.eksatlas.analysis.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.reliability.CaseResult;
import org.junit.jupiter.api.Test;

/** A few thousand in CI; the reliability suite runs 100,000. */
class TrustPolicyCorpusCaseTest {
    @Test
    void generatedValidAdversarialAndBrokenPoliciesNeverMakeTheClassifierThrow() {
        CaseResult result = new TrustPolicyCorpusCase().run(1_500, 5);

        assertThat(result.failures()).isEmpty();
        assertThat(result.allSurvived()).isTrue();
    }
}
