package dev.eksatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretLeakTest {
    @Test
    void noSecretKeyOrSessionTokenReachesTheDatabaseLogsOrExports() throws Exception {
        CaseResult result = new SecretLeakCase().run(1);

        assertThat(result.failures()).isEmpty();
        assertThat(result.allSurvived()).isTrue();
    }
}
