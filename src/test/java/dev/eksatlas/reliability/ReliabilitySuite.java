package dev.eksatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.trust.TrustPolicyCorpusCase;
import dev.eksatlas.export.CsvAdversarialCase;
import dev.eksatlas.inventory.CrashImageCase;
import dev.eksatlas.inventory.CrashSafetyCase;
import dev.eksatlas.inventory.DatabaseFaultCase;
import dev.eksatlas.scan.ScanFaultCase;
import dev.eksatlas.scan.profiles.ProfileCorpusCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole reliability and security suite with its full numbers of tries, printed as a table and
 * written to {@code target/reliability.md}:
 * {@code mvn -B -Preliability test -Dtest=ReliabilitySuite}. The same cases run with a few tries
 * each in {@code mvn verify} (ScanFaultsTest, BoundedResponseTest, CrashSafetyTest, CrashImageTest,
 * DatabaseFaultTest, SecretLeakTest, ProfileCorpusCaseTest, TrustPolicyCorpusCaseTest,
 * CsvAdversarialCaseTest). Tries can be scaled with {@code -Dreliability.scale=N} (percent).
 */
@Tag("reliability")
class ReliabilitySuite {
    private static final long SEED = 20261128;

    @Test
    void everyCaseSurvivesEveryTry() throws Exception {
        int scale = Integer.getInteger("reliability.scale", 100);
        List<CaseResult> rows = new ArrayList<>();
        try (ScanFaultCase scans = new ScanFaultCase()) {
            for (ScanFaultCase.Fault fault : ScanFaultCase.Fault.values()) {
                int tries = fault == ScanFaultCase.Fault.THROTTLING_STORM ? 3 : 10;
                rows.add(timed(() -> scans.run(fault, tries(tries, scale), SEED)));
            }
        }
        rows.add(timed(() -> new CrashSafetyCase().run(tries(24, scale), SEED)));
        rows.add(timed(() -> new CrashSafetyCase(true).run(tries(40, scale), SEED)));
        rows.add(timed(() -> new CrashImageCase().run(tries(300, scale), SEED)));
        for (CaseResult row : new DatabaseFaultCase().run(tries(3, scale), SEED)) {
            rows.add(row);
        }
        rows.add(timed(() -> new SecretLeakCase().run(tries(2, scale))));
        rows.add(timed(() -> new ProfileCorpusCase().run(tries(600, scale), SEED)));
        rows.add(timed(() -> new TrustPolicyCorpusCase().run(tries(100_000, scale), SEED)));
        rows.add(timed(() -> new CsvAdversarialCase().run(tries(20, scale), SEED)));

        String table = ReliabilityTable.markdown(rows);
        System.out.println("\n" + table);
        Files.writeString(Path.of("target", "reliability.md"), table, StandardCharsets.UTF_8);
        assertThat(rows).allSatisfy(r -> assertThat(r.allSurvived()).as(r.name() + ": " + r.failures()).isTrue());
    }

    private static int tries(int full, int scalePercent) {
        return Math.max(1, full * scalePercent / 100);
    }

    private interface Case {
        CaseResult run() throws Exception;
    }

    /** Runs a case and adds its wall time to the note. */
    private static CaseResult timed(Case c) throws Exception {
        long started = System.nanoTime();
        CaseResult r = c.run();
        String seconds = String.format("%.0f s", (System.nanoTime() - started) / 1e9);
        return new CaseResult(r.name(), r.tries(), r.survived(), r.lost(), r.note() + " (" + seconds + ")", r.failures());
    }
}
