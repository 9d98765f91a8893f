package dev.eksatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.FleetAnalysis;
import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.testing.AsScanned;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time from loaded records to all findings, comparisons and plans for the simulator's {@code large}
 * fleet (10 accounts, 300 clusters, 10,000 roles, 6,000 associations), as a scan stores it (GetRole
 * details only for workload-identity roles). The first run is in a fresh JVM; the others after
 * warm-up. Prints figures; asserts no timing. Run: {@code mvn -B -Pbench test -Dtest=AnalysisBenchmark}.
 */
@Tag("benchmark")
class AnalysisBenchmark {
    private static final int WARM_UP = 10;
    private static final int RUNS = 10;

    /** CPU time of the whole JVM: unlike wall time, it does not grow when other processes share the cores. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Test
    void analysesTheLargeFleet() {
        List<AccountSnapshot> fleet = AsScanned.all(Fleet.generate(FleetSpec.large()).snapshots());
        long coldStart = System.nanoTime();
        FleetAnalysis result = FleetAnalyzer.analyze(fleet);
        long coldMillis = (System.nanoTime() - coldStart) / 1_000_000;
        for (int i = 1; i < WARM_UP; i++) {
            result = FleetAnalyzer.analyze(fleet);
        }
        long[] millis = new long[RUNS];
        long[] cpuMillis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            result = FleetAnalyzer.analyze(fleet);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            cpuMillis[i] = (processCpuNanos() - cpu) / 1_000_000;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        System.out.printf(Locale.ROOT, "AnalysisBenchmark: simulator fleet 'large', %d accounts, %d clusters, %d roles, %d associations -> %d findings, %d plans%n",
                fleet.size(), result.clusters().size(), result.roles().size(),
                fleet.stream().mapToInt(s -> s.associations().size()).sum(), result.findings().size(), result.plans().size());
        System.out.printf(Locale.ROOT, "AnalysisBenchmark: analyze() first (cold JVM) %d ms; after %d warm-up runs: min %d ms, median %d ms, "
                        + "max %d ms over %d runs; %d cores, load average %.1f%n", coldMillis, WARM_UP, millis[0], millis[RUNS / 2],
                millis[RUNS - 1], RUNS, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "AnalysisBenchmark: process CPU time per warmed-up analyze() (all threads, incl. GC): median %d ms%n",
                cpuMillis[RUNS / 2]);
        assertThat(result.clusters()).hasSize(300);
        assertThat(result.roles()).hasSize(fleet.stream().mapToInt(s -> s.roles().size()).sum());
    }
}
