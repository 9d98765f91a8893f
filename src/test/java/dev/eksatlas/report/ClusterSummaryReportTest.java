package dev.eksatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.FleetAnalysis;
import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.PlantedSituation;
import dev.eksatlas.simulator.fleet.SituationKind;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The {@code cluster-summary} report over the simulator's demo fleet, checked against what the generator planted. */
class ClusterSummaryReportTest {
    private static final Fleet FLEET = Fleet.generate(FleetSpec.demo());
    private static final List<AccountSnapshot> SNAPSHOTS = FLEET.snapshots();
    private static final FleetAnalysis ANALYSIS = FleetAnalyzer.analyze(SNAPSHOTS);
    private static final ReportDefinition<ClusterSummaryRow> DEFINITION = ClusterSummaryReport.definition();

    private static Map<String, ClusterSummaryRow> byArn() {
        return ClusterSummaryReport.rows(SNAPSHOTS, ANALYSIS).stream()
                .collect(Collectors.toMap(ClusterSummaryRow::clusterArn, Function.identity()));
    }

    private static String cell(ClusterSummaryRow row, String column) {
        return DEFINITION.column(column).orElseThrow().display(row);
    }

    @Test
    void isRegisteredBesideTheRawReportsWhichStayAsTheyWere() {
        ReportRegistry registry = new ReportRegistry(ReportRegistry.standardReports());

        assertThat(registry.names()).startsWith("clusters", ClusterSummaryReport.NAME).contains("oidc-providers", "associations", "coverage");
        assertThat(registry.find("clusters").orElseThrow().definition().headers()).doesNotContain("Pod Identity readiness");
    }

    @Test
    void startsWithProvenanceAndHasTheClustersScreenColumns() {
        assertThat(DEFINITION.headers()).containsExactly("Account ID", "Profile", "Scan time", "Region", "Cluster",
                "Pod Identity readiness", "Agent add-on", "IRSA roles", "Pod Identity associations", "Findings", "High findings",
                "Kubernetes version", "Platform version", "Agent version", "Cluster ARN");
    }

    @Test
    void hasOneRowPerClusterWithItsAccountsProfile() {
        List<ClusterSummaryRow> rows = ClusterSummaryReport.rows(SNAPSHOTS, ANALYSIS);
        long clusters = SNAPSHOTS.stream().mapToLong(s -> s.clusters().size()).sum();

        assertThat(rows).hasSize((int) clusters);
        Map<String, String> profiles = SNAPSHOTS.stream().collect(Collectors.toMap(AccountSnapshot::accountId, AccountSnapshot::profile));
        assertThat(rows).allSatisfy(r -> assertThat(r.provenance().profile()).isEqualTo(profiles.get(r.cluster().accountId())));
    }

    @Test
    void showsAPlantedMissingAgentAsMissing() {
        List<PlantedSituation> planted = FLEET.situations(SituationKind.POD_IDENTITY_AGENT_MISSING);
        assertThat(planted).isNotEmpty();
        Map<String, ClusterSummaryRow> rows = byArn();
        for (PlantedSituation s : planted) {
            assertThat(cell(rows.get(s.resourceArn()), "agent_addon")).as(s.clusterName()).isEqualTo("MISSING");
        }
    }

    @Test
    void blocksAClusterPlantedBelowThePodIdentityMinimum() {
        List<PlantedSituation> planted = FLEET.situations(SituationKind.CLUSTER_BELOW_POD_IDENTITY_MINIMUM);
        assertThat(planted).isNotEmpty();
        Map<String, ClusterSummaryRow> rows = byArn();
        for (PlantedSituation s : planted) {
            assertThat(cell(rows.get(s.resourceArn()), "readiness")).as(s.clusterName()).isEqualTo("BLOCKED");
        }
    }

    @Test
    void countsIrsaRolesAssociationsAndFindingsAsTheAnalysisDoes() {
        Map<String, ClusterSummaryRow> rows = byArn();
        for (var c : ANALYSIS.clusters()) {
            ClusterSummaryRow row = rows.get(c.cluster().arn());
            assertThat(cell(row, "irsa_roles")).isEqualTo(String.valueOf(c.link().irsaRoleArns().size()));
            assertThat(cell(row, "pod_identity_associations")).isEqualTo(String.valueOf(c.link().associations().size()));
            assertThat(row.findings()).isEqualTo(c.findings().size()).isGreaterThanOrEqualTo(row.highFindings());
        }
        assertThat(rows.values()).anyMatch(r -> r.irsaRoles() > 0).anyMatch(r -> r.associations() > 0).anyMatch(r -> r.highFindings() > 0);
    }

    @Test
    void keepsOnlyTheChosenClusterForAClusterScope() {
        String name = FLEET.situations(SituationKind.POD_IDENTITY_AGENT_MISSING).getFirst().clusterName();
        ClusterScope scope = ClusterScope.select(name, SNAPSHOTS);

        List<ClusterSummaryRow> rows = ClusterSummaryReport.report(new FleetAnalyses()).rows(SNAPSHOTS, scope).toList();

        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.cluster().name()).isEqualTo(name));
    }
}
