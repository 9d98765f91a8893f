package dev.eksatlas.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.simulator.faults.ScriptedFault;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An endless or gigantic answer costs the scan a bounded number of bytes and becomes a coverage gap. */
class BoundedResponseTest {
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
    @CsvSource({"ENDLESS_BODY, ListRoles", "GIGANTIC_BODY, DescribeCluster"})
    void aFloodingAnswerIsCutOffAtTheBoundAndReportedAsAGap(ScriptedFault fault, String operation) {
        long before = faults.simulator().floodedBytes();
        // Every attempt of the operation floods; the default 10 s attempt timeout is far too late to help.
        var scan = faults.scanWith(Duration.ofSeconds(10), sim -> sim.scriptNext(fault, 1000, operation));

        assertThat(scan.outcome().verdict()).isEqualTo(GroundTruthCheck.Verdict.REPORTED);
        assertThat(scan.snapshots()).flatMap(AccountSnapshot::coverageGaps)
                .filteredOn(g -> g.operation().equals(operation))
                .isNotEmpty()
                .extracting(CoverageGap::errorCode).containsOnly("ResponseTooLarge");
        long flooded = faults.simulator().floodedBytes() - before;
        long answers = scan.snapshots().stream().flatMap(s -> s.coverageGaps().stream()).filter(g -> g.operation().equals(operation)).count();
        // Each cut-off answer: the bound plus what sat in socket buffers; never retried.
        assertThat(flooded).isLessThan(answers * (ResponseGuard.DEFAULT_MAX_BYTES + (16L << 20)));
    }
}
