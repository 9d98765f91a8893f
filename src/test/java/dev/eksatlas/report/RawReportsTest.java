package dev.eksatlas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksatlas.domain.AccountSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RawReportsTest {
    private static final List<AccountSnapshot> SNAPSHOTS = TestSnapshots.both();
    private static final ReportRegistry REGISTRY = new ReportRegistry(ReportRegistry.rawReports());
    private static final String PAYMENTS_EU = "arn:aws:eks:eu-west-1:" + TestSnapshots.PROD + ":cluster/payments";

    @Test
    void registryListsTheRawReportsInOrder() {
        assertThat(REGISTRY.names()).containsExactly("clusters", "coverage");
    }

    @Test
    void registryRefusesTwoReportsOfOneNameAndTheReservedNameAll() {
        assertThatThrownBy(() -> new ReportRegistry(List.of(ClusterReport.report(), ClusterReport.report())))
                .hasMessageContaining("clusters");
        Report<Sourced<dev.eksatlas.domain.EksCluster>> all = SnapshotReport.of(
                new ReportDefinition<>("all", "", ClusterReport.definition().columns(), ClusterReport.definition().order()),
                AccountSnapshot::clusters, (r, s) -> true);
        assertThatThrownBy(() -> new ReportRegistry(List.of(all))).hasMessageContaining("reserved");
    }

    @Test
    void everyColumnOfEveryReportShowsEveryRow() {
        for (Report<?> report : REGISTRY.all()) {
            assertThat(displayAll(report, ClusterScope.all())).as(report.name()).isNotEmpty();
        }
    }

    @Test
    void everyReportStartsWithTheProvenanceColumns() {
        for (Report<?> report : REGISTRY.all()) {
            assertThat(report.definition().headers()).as(report.name()).startsWith("Account ID", "Profile", "Scan time");
        }
    }

    @Test
    void clustersAreOrderedByAccountRegionAndNameWhateverTheInputOrder() {
        List<String> expected = List.of(
                "arn:aws:eks:ap-northeast-2:022222222222:cluster/샌드박스-🚀",
                PAYMENTS_EU,
                "arn:aws:eks:eu-west-1:111111111111:cluster/search",
                "arn:aws:eks:us-east-1:111111111111:cluster/payments");
        for (long seed = 0; seed < 5; seed++) {
            List<AccountSnapshot> shuffled = new ArrayList<>(SNAPSHOTS);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(column(ClusterReport.report(), shuffled, ClusterScope.all(), "cluster_arn")).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "--cluster {0} keeps {2} in {1}")
    @CsvSource(delimiterString = " | ", quoteCharacter = '"', textBlock = """
            payments                                             | clusters       | cluster_arn   | arn:aws:eks:eu-west-1:111111111111:cluster/payments;arn:aws:eks:us-east-1:111111111111:cluster/payments
            arn:aws:eks:eu-west-1:111111111111:cluster/payments  | clusters       | cluster_arn   | arn:aws:eks:eu-west-1:111111111111:cluster/payments
            arn:aws:eks:eu-west-1:111111111111:cluster/payments  | associations   | association_id | a-1
            arn:aws:eks:eu-west-1:111111111111:cluster/payments  | oidc-providers | issuer        | oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3
            arn:aws:eks:eu-west-1:111111111111:cluster/payments  | coverage       | operation     | ListPodIdentityAssociations;GetRole
            arn:aws:eks:us-east-1:111111111111:cluster/payments  | coverage       | operation     | GetRole
            """)
    void clusterScopeKeepsTheRowsAboutThatCluster(String selector, String reportName, String columnId, String expected) {
        Report<?> report = new ReportRegistry(ReportRegistry.standardReports()).find(reportName).orElseThrow();
        List<String> values = column(report, SNAPSHOTS, ClusterScope.select(selector, SNAPSHOTS), columnId);
        assertThat(values).containsExactly(expected.split(";"));
    }

    @Test
    void anUnknownClusterMatchesNothing() {
        assertThat(ClusterScope.select("nope", SNAPSHOTS).matchesNothing()).isTrue();
        assertThat(ClusterScope.all().matchesNothing()).isFalse();
    }

    private static <R> List<List<String>> displayAll(Report<R> report, ClusterScope scope) {
        return report.rows(SNAPSHOTS, scope).map(row -> report.definition().columns().stream().map(c -> c.display(row)).toList()).toList();
    }

    private static <R> List<String> column(Report<R> report, List<AccountSnapshot> snapshots, ClusterScope scope, String id) {
        Column<R> column = report.definition().column(id).orElseThrow();
        Function<R, String> show = column::display;
        return report.rows(snapshots, scope).sorted(report.definition().order()).map(show).toList();
    }
}
