package dev.eksatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.ClusterAnalysis;
import dev.eksatlas.analysis.FleetAnalysis;
import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.report.CellFormat;
import dev.eksatlas.report.Report;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.report.ReportRegistry;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.testing.AsScanned;
import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The analysis reports of the simulator's demo fleet, written as CSV and read back with Commons CSV. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisReportsRoundTripTest {
    private final List<AccountSnapshot> demo = AsScanned.all(Fleet.generate(FleetSpec.demo()).snapshots());
    private final FleetAnalysis analysis = FleetAnalyzer.analyze(demo);
    private final ReportRegistry registry = new ReportRegistry(ReportRegistry.standardReports());
    private final ExportService service = new ExportService(new CsvWriter(false), "test");

    /** How many rows each report has for a set of cluster analyses (findings: the list given). */
    private static final Map<String, Function<Stream<ClusterAnalysis>, Long>> ROWS_PER_CLUSTERS = Map.of(
            "comparison", cs -> cs.mapToLong(c -> 7).sum(),
            "service-accounts", cs -> cs.mapToLong(c -> c.matrix().size()).sum(),
            "migration-plan", cs -> cs.flatMap(c -> c.plans().stream()).mapToLong(p -> p.steps().size()).sum());

    @ParameterizedTest
    @ValueSource(strings = {"comparison", "service-accounts", "findings", "roles", "migration-plan"})
    void readsBackAsTheRowsTheAnalysisProduced(String name) {
        Report<?> report = registry.find(name).orElseThrow();
        ExportInput input = ExportInput.of(demo, Selection.all());

        List<List<String>> records = CsvParsing.records(write(report, input));

        assertThat(records.getFirst()).isEqualTo(report.definition().headers());
        assertThat(CsvParsing.restoredRows(write(report, input))).isEqualTo(displayed(report, input));
        assertThat((long) records.size() - 1).isEqualTo(expectedRows(name, analysis.clusters().stream())).isPositive();
        assertThat(records.subList(1, records.size())).allSatisfy(r -> assertThat(r.subList(0, 3)).isEqualTo(provenanceOf(r.getFirst())));
    }

    @Test
    void findingsReadBackFieldByFieldInTheDocumentedOrder() {
        List<List<String>> rows = CsvParsing.restoredRows(write(registry.find("findings").orElseThrow(), ExportInput.of(demo, Selection.all())));

        assertThat(rows).hasSameSizeAs(analysis.findings());
        for (int i = 0; i < rows.size(); i++) {
            Finding f = analysis.findings().get(i);
            assertThat(rows.get(i).subList(3, 11)).isEqualTo(Stream.of(f.codeId(), f.severity().name(), f.region(), f.cluster(),
                    f.resourceArn(), f.message(), f.evidence(), f.remediation()).map(CellFormat::format).toList());
        }
    }

    @Test
    void migrationStepsReadBackWithTheirCommandsAndPolicies() {
        List<List<String>> rows = CsvParsing.restoredRows(write(registry.find("migration-plan").orElseThrow(), ExportInput.of(demo, Selection.all())));
        List<String> commands = analysis.plans().stream().flatMap(p -> p.steps().stream()).map(s -> CellFormat.format(s.command())).toList();
        List<String> policies = analysis.plans().stream().flatMap(p -> p.steps().stream())
                .map(s -> s.policy() == null ? "" : s.policy().resultingPolicy()).toList();

        assertThat(rows.stream().map(r -> r.get(13)).toList()).containsExactlyInAnyOrderElementsOf(commands);
        assertThat(rows.stream().map(r -> r.get(14)).toList()).containsExactlyInAnyOrderElementsOf(policies)
                .anySatisfy(p -> assertThat(p).contains("\n").contains("pods.eks.amazonaws.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"comparison", "service-accounts", "findings", "migration-plan"})
    void clusterOptionKeepsTheRowsOfThatCluster(String name) {
        ClusterAnalysis chosen = analysis.clusters().stream().max(Comparator.comparingInt(c -> c.plans().size())).orElseThrow();
        ExportInput input = ExportInput.of(demo, new Selection(null, null, chosen.cluster().arn()));

        List<List<String>> rows = CsvParsing.restoredRows(write(registry.find(name).orElseThrow(), input));

        long expected = name.equals("findings") ? chosen.findings().size() : expectedRows(name, Stream.of(chosen));
        assertThat((long) rows.size()).isEqualTo(expected).isPositive();
        if (!name.equals("findings")) {
            assertThat(rows).allSatisfy(r -> assertThat(r.subList(3, 5)).containsExactly(chosen.cluster().region(), chosen.cluster().name()));
        }
    }

    @Test
    void clusterOptionKeepsTheRolesTheClusterUses() {
        ClusterAnalysis chosen = analysis.clusters().stream().max(Comparator.comparingInt(c -> c.plans().size())).orElseThrow();
        ExportInput input = ExportInput.of(demo, new Selection(null, null, chosen.cluster().arn()));

        List<List<String>> rows = CsvParsing.restoredRows(write(registry.find("roles").orElseThrow(), input));

        Set<String> arns = new HashSet<>(rows.stream().map(r -> r.get(4)).toList());
        Set<String> existing = new HashSet<>(analysis.roles().stream().map(r -> r.arn()).toList());
        Set<String> associationRoles = new HashSet<>(chosen.link().associations().stream().map(a -> a.association().roleArn()).toList());
        assertThat(arns).containsAll(chosen.link().irsaRoleArns())
                .containsAll(associationRoles.stream().filter(existing::contains).toList())
                .hasSizeLessThan(existing.size());
        // Column 12 is "Clusters trusted (IRSA)": every other role kept is one of the cluster's association roles.
        assertThat(rows).allSatisfy(r -> assertThat(r.get(12).contains(chosen.cluster().arn()) || associationRoles.contains(r.get(4)))
                .as(r.get(4)).isTrue());
    }

    private long expectedRows(String name, Stream<ClusterAnalysis> clusters) {
        return switch (name) {
            case "findings" -> analysis.findings().size();
            case "roles" -> analysis.roles().size();
            default -> ROWS_PER_CLUSTERS.get(name).apply(clusters);
        };
    }

    private List<String> provenanceOf(String accountId) {
        AccountSnapshot s = demo.stream().filter(a -> a.accountId().equals(accountId)).findFirst().orElseThrow();
        return List.of(accountId, s.profile(), CellFormat.instant(s.finishedAt()));
    }

    private byte[] write(Report<?> report, ExportInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.writeReport(report, input, out);
        return out.toByteArray();
    }

    private static <R> List<List<String>> displayed(Report<R> report, ExportInput input) {
        ReportDefinition<R> d = report.definition();
        return report.rows(input.snapshots(), input.scope()).sorted(d.order())
                .map(r -> d.columns().stream().map(c -> c.display(r)).toList()).toList();
    }
}
