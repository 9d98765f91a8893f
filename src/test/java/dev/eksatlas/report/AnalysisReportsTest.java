package dev.eksatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.FleetAnalysis;
import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.domain.AccountSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalysisReportsTest {
    private static final List<AccountSnapshot> SNAPSHOTS = TestSnapshots.both();
    private static final ReportRegistry REGISTRY = new ReportRegistry(ReportRegistry.standardReports());
    private static final String PAYMENTS_EU = "arn:aws:eks:eu-west-1:" + TestSnapshots.PROD + ":cluster/payments";

    @Test
    void registryListsEveryReportInTheOrderOfTheIssue() {
        assertThat(REGISTRY.names()).containsExactly("clusters", "cluster-summary", "comparison", "service-accounts", "findings", "roles",
                "oidc-providers", "associations", "coverage", "migration-plan", "stale-tokens");
    }

    @Test
    void everyReportStartsWithTheProvenanceColumnsAndShowsEveryRow() {
        for (Report<?> report : REGISTRY.all()) {
            assertThat(report.definition().headers()).as(report.name()).startsWith("Account ID", "Profile", "Scan time");
            assertThat(displayAll(report, ClusterScope.all())).as(report.name()).isNotEmpty().allSatisfy(row ->
                    assertThat(row.getFirst()).isIn(TestSnapshots.PROD, TestSnapshots.DEV));
        }
    }

    @Test
    void theAnalysisReportsOfOneExportShareOneAnalysis() {
        AtomicInteger analyses = new AtomicInteger();
        FleetAnalyses shared = new FleetAnalyses(s -> {
            analyses.incrementAndGet();
            return AnalysedFleet.of(s);
        });
        List<Report<?>> reports = List.of(ComparisonReport.report(shared), ServiceAccountReport.report(shared), FindingReport.report(shared),
                RoleReport.report(shared), MigrationPlanReport.report(shared));

        reports.forEach(r -> r.rows(SNAPSHOTS, ClusterScope.all()).count());
        assertThat(analyses).hasValue(1);
        reports.getFirst().rows(new ArrayList<>(SNAPSHOTS), ClusterScope.all()).count();
        assertThat(analyses).hasValue(2);
    }

    @Test
    void comparisonGivesEachClusterTheSixPointsOfTheGuideThenItsReadiness() {
        List<String> points = column(REGISTRY.find("comparison").orElseThrow(), ClusterScope.select(PAYMENTS_EU, SNAPSHOTS), "point");

        assertThat(points).containsExactly("Role extensibility", "Cluster scalability", "Role scalability", "Role reusability",
                "Supported environments", "Supported versions", ComparisonReport.READINESS);
        assertThat(column(REGISTRY.find("comparison").orElseThrow(), ClusterScope.all(), "point")).hasSize(7 * 4);
    }

    @Test
    void rolesCarryTheirAnalysis() {
        FleetAnalysis analysis = FleetAnalyzer.analyze(SNAPSHOTS);
        Report<?> roles = REGISTRY.find("roles").orElseThrow();
        ClusterScope payments = ClusterScope.select(PAYMENTS_EU, SNAPSHOTS);

        assertThat(column(roles, payments, "irsa_clusters")).containsExactly(PAYMENTS_EU, "");
        assertThat(column(roles, payments, "pod_identity_trust")).containsExactly("false", "false");
        assertThat(column(roles, payments, "associations")).containsExactly("0", "1");
        assertThat(column(roles, payments, "finding_codes").getFirst())
                .isEqualTo(String.join("; ", RoleReport.findingCodesByResource(analysis.findings())
                        .get("arn:aws:iam::" + TestSnapshots.PROD + ":role/payments-irsa")))
                .contains(FindingCode.MISSING_AUDIENCE_CONDITION.id());
    }

    @ParameterizedTest(name = "--cluster {0} keeps {2} in {1}")
    @CsvSource(delimiterString = " | ", quoteCharacter = '"', textBlock = """
            arn:aws:eks:eu-west-1:111111111111:cluster/payments  | roles            | role            | payments-irsa;payments-pod-identity
            arn:aws:eks:eu-west-1:111111111111:cluster/search    | roles            | role            | =cmd|' /C calc'!A0
            arn:aws:eks:eu-west-1:111111111111:cluster/payments  | service-accounts | service_account | api;worker
            arn:aws:eks:eu-west-1:111111111111:cluster/search    | service-accounts | service_account | @sa
            payments                                             | comparison       | region          | eu-west-1;eu-west-1;eu-west-1;eu-west-1;eu-west-1;eu-west-1;eu-west-1;us-east-1;us-east-1;us-east-1;us-east-1;us-east-1;us-east-1;us-east-1
            arn:aws:eks:eu-west-1:111111111111:cluster/payments  | migration-plan   | service_account | api;api;api;api;api
            """)
    void clusterScopeKeepsTheRowsAboutThatCluster(String selector, String reportName, String columnId, String expected) {
        Report<?> report = REGISTRY.find(reportName).orElseThrow();
        List<String> values = column(report, ClusterScope.select(selector, SNAPSHOTS), columnId);
        assertThat(values).containsExactly(expected.split(";"));
    }

    @Test
    void findingsOfAClusterAreThoseItsViewShows() {
        FleetAnalysis analysis = FleetAnalyzer.analyze(SNAPSHOTS);
        Report<?> findings = REGISTRY.find("findings").orElseThrow();

        List<String> scoped = column(findings, ClusterScope.select(PAYMENTS_EU, SNAPSHOTS), "message");

        assertThat(scoped).containsExactlyInAnyOrderElementsOf(
                analysis.cluster(PAYMENTS_EU).orElseThrow().findings().stream().map(f -> f.message()).toList());
        assertThat(column(findings, ClusterScope.all(), "code")).hasSize(analysis.findings().size());
    }

    @Test
    void aFindingAboutAnUnscannedAccountHasNoProfileOrScanTime() {
        AnalysedFleet fleet = AnalysedFleet.of(SNAPSHOTS);

        assertThat(fleet.provenanceOf("999999999999")).isEqualTo(new Provenance("999999999999", null, null));
        assertThat(fleet.provenanceOf(TestSnapshots.PROD)).isEqualTo(Provenance.of(TestSnapshots.prod()));
    }

    private static <R> List<List<String>> displayAll(Report<R> report, ClusterScope scope) {
        return report.rows(SNAPSHOTS, scope).map(row -> report.definition().columns().stream().map(c -> c.display(row)).toList()).toList();
    }

    private static <R> List<String> column(Report<R> report, ClusterScope scope, String id) {
        Column<R> column = report.definition().column(id).orElseThrow();
        Function<R, String> show = column::display;
        return report.rows(SNAPSHOTS, scope).sorted(report.definition().order()).map(show).toList();
    }
}
