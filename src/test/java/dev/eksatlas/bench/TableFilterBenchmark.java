package dev.eksatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.FleetAnalysis;
import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.report.AnalysedFleet;
import dev.eksatlas.report.ClusterScope;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.report.RoleReport;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.testing.AsScanned;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.ReportTable;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The roles table with 20,000 rows (the simulator's large fleet with 20,000 roles, as a scan stores
 * it) on the headless platform: the time to load the rows, to filter
 * them as a user types (each keystroke: filter, then the CSS and layout pass that redraws the
 * visible rows) and to scroll to random rows. The target is under 100 ms a keystroke. Prints
 * figures; asserts no timing. Run: {@code mvn -B -Pbench test -Dtest=TableFilterBenchmark}.
 */
@Tag("benchmark")
class TableFilterBenchmark {
    private static final int ROLES = 20_000;
    private static final int ROUNDS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void filtersAndScrollsTwentyThousandRoleRows() throws Exception {
        List<AccountSnapshot> fleet = AsScanned.all(Fleet.generate(FleetSpec.large().withRoles(ROLES)).snapshots());
        FleetAnalysis analysis = FleetAnalyzer.analyze(fleet);
        ReportDefinition<RoleReport.Row> definition = RoleReport.definition();
        List<RoleReport.Row> rows = RoleReport.rows(AnalysedFleet.of(fleet, analysis), ClusterScope.all()).sorted(definition.order()).toList();
        assertThat(rows).hasSize(ROLES);

        Stage stage = FxToolkit.registerPrimaryStage();
        ReportTable<RoleReport.Row> table = fx(() -> {
            ReportTable<RoleReport.Row> t = new ReportTable<>(definition, new Messages(Locale.ENGLISH), x -> { });
            stage.setScene(new Scene(t, 1000, 800));
            stage.show();
            return t;
        });
        long[] load = new long[ROUNDS];
        long[] loadCpu = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            int at = i;
            load[i] = fxMillis(() -> loadCpu[at] = cpuMillis(() -> {
                table.setRows(rows);
                pulse(table);
            }));
        }
        String cluster = rows.stream().flatMap(r -> r.summary().trustedClusterArns().stream()).findFirst().orElseThrow();
        String account = rows.get(ROLES / 2).role().accountId();
        List<String> typed = new ArrayList<>();
        for (String query : List.of("payments", cluster.substring(cluster.lastIndexOf('/') + 1), "arn:aws:iam::" + account, "zzz-none")) {
            for (int n = 1; n <= query.length(); n++) {
                typed.add(query.substring(0, n));
            }
            typed.add("");
        }
        long[] keystrokes = new long[typed.size() * ROUNDS];
        long[] filterOnly = new long[typed.size() * ROUNDS];
        long[] cpu = new long[typed.size() * ROUNDS];
        int k = 0;
        int shown = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String text : typed) {
                int at = k++;
                keystrokes[at] = fxMillis(() -> cpu[at] = cpuMillis(() -> {
                    long start = System.nanoTime();
                    table.filterField().setText(text);
                    filterOnly[at] = (System.nanoTime() - start) / 1_000_000;
                    pulse(table);
                }));
            }
            fx(() -> {
                table.filterField().setText("payments");
                return null;
            });
            shown = table.visibleRows().size();
        }
        Random random = new Random(1);
        long[] scrolls = new long[200];
        long[] scrollCpu = new long[200];
        for (int i = 0; i < scrolls.length; i++) {
            int target = random.nextInt(ROLES);
            fx(() -> {
                table.filterField().setText("");
                return null;
            });
            int at = i;
            scrolls[i] = fxMillis(() -> scrollCpu[at] = cpuMillis(() -> {
                table.tableView().scrollTo(target);
                pulse(table);
            }));
        }
        int warm = typed.size();
        long[] warmKeystrokes = Arrays.copyOfRange(keystrokes, warm, keystrokes.length);
        long[] warmFilter = Arrays.copyOfRange(filterOnly, warm, filterOnly.length);
        long[] warmCpu = Arrays.copyOfRange(cpu, warm, cpu.length);
        Arrays.sort(warmFilter);
        Arrays.sort(warmCpu);
        Arrays.sort(load);
        Arrays.sort(loadCpu);
        Arrays.sort(scrollCpu);
        Arrays.sort(warmKeystrokes);
        Arrays.sort(scrolls);
        System.out.printf(Locale.ROOT, "TableFilterBenchmark: %d role rows, %d columns; 'payments' keeps %d rows; %d cores, load average %.1f%n",
                rows.size(), definition.columns().size(), shown, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "TableFilterBenchmark: setRows (search index + layout): median %d ms, max %d ms over %d loads "
                + "(FX thread CPU median %d ms)%n", load[ROUNDS / 2], load[ROUNDS - 1], ROUNDS, loadCpu[ROUNDS / 2]);
        System.out.printf(Locale.ROOT, "TableFilterBenchmark: filter keystroke incl. layout: first round max %d ms; "
                        + "then median %d ms, p95 %d ms, max %d ms over %d keystrokes%n",
                Arrays.stream(keystrokes, 0, warm).max().orElse(0), warmKeystrokes[warmKeystrokes.length / 2],
                warmKeystrokes[warmKeystrokes.length * 95 / 100], warmKeystrokes[warmKeystrokes.length - 1], warmKeystrokes.length);
        System.out.printf(Locale.ROOT, "TableFilterBenchmark: of which the filter alone: median %d ms, max %d ms; "
                        + "FX thread CPU time per keystroke (not inflated by other processes): median %d ms, p95 %d ms, max %d ms%n",
                warmFilter[warmFilter.length / 2], warmFilter[warmFilter.length - 1], warmCpu[warmCpu.length / 2],
                warmCpu[warmCpu.length * 95 / 100], warmCpu[warmCpu.length - 1]);
        System.out.printf(Locale.ROOT, "TableFilterBenchmark: scroll to a random row incl. layout: median %d ms, max %d ms over %d scrolls "
                        + "(FX thread CPU median %d ms, max %d ms)%n", scrolls[scrolls.length / 2], scrolls[scrolls.length - 1], scrolls.length,
                scrollCpu[scrollCpu.length / 2], scrollCpu[scrollCpu.length - 1]);
        FxToolkit.cleanupStages();
    }

    /** Applies CSS and lays the table out now, as the next pulse would before drawing. */
    private static void pulse(Parent node) {
        node.getScene().getRoot().applyCss();
        node.getScene().getRoot().layout();
    }

    private static long fxMillis(Runnable work) throws Exception {
        return fx(() -> {
            long start = System.nanoTime();
            work.run();
            return (System.nanoTime() - start) / 1_000_000;
        });
    }

    /** CPU time of the calling thread for {@code work}, which other processes on the machine do not inflate. */
    private static long cpuMillis(Runnable work) {
        long start = THREADS.getCurrentThreadCpuTime();
        work.run();
        return (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
