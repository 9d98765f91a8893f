package dev.eksatlas.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.reliability.CaseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One scan per fault in CI (the throttling storm is ScanServiceTest's); the reliability suite runs
 * more. Each scan is complete, or complete except what its coverage gaps name.
 */
class ScanFaultsTest {
    private static ScanFaultCase faults;

    @BeforeAll
    static void start() throws Exception {
        faults = new ScanFaultCase();
    }

    @AfterAll
    static void stop() {
        faults.close();
    }

    @ParameterizedTest
    @EnumSource(value = ScanFaultCase.Fault.class, names = "THROTTLING_STORM", mode = EnumSource.Mode.EXCLUDE)
    void theInventoryIsCompleteOrNamesWhatItCouldNotRead(ScanFaultCase.Fault fault) {
        CaseResult result = faults.run(fault, 1, 20261128);

        assertThat(result.failures()).isEmpty();
        assertThat(result.allSurvived()).isTrue();
    }
}
