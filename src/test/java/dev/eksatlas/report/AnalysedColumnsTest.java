package dev.eksatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.analysis.Trust;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The analysis columns of the oidc-providers and associations reports, as the window and the files show them. */
class AnalysedColumnsTest {
    private static final String ACCOUNT = "333333333333";
    private final Fleet fleet = new Fleet();
    private final Fleet.Account account = fleet.account(ACCOUNT, "eu-west-1");
    private final EksCluster payments = account.cluster("payments", "eu-west-1", "1.30", "eks.10");
    private final String issuer = payments.issuerHostPath();
    private final String orphanIssuer = Fleet.issuer("eu-west-1", "gone");

    private List<AccountSnapshot> snapshots() {
        account.provider(issuer).provider(orphanIssuer);
        String irsa = account.role("payments-irsa", Trust.policy(Trust.irsa(ACCOUNT, issuer, Trust.subject("pay", "api"))));
        String pods = account.role("payments-pods", Trust.policy(Trust.podIdentity()));
        account.association(payments, "pay", "worker", pods);
        account.association(payments, "pay", "legacy", irsa);
        return fleet.snapshots();
    }

    @Test
    void providerRowsSayLinkedOrOrphaned() {
        Map<String, Map<String, String>> rows = rows(OidcProviderReport.report(new FleetAnalyses()), snapshots(), "issuer");

        assertThat(rows.get(issuer)).containsEntry("status", "LINKED").containsEntry("linked_clusters", payments.arn())
                .containsEntry("trusting_roles", "1");
        assertThat(rows.get(orphanIssuer)).containsEntry("status", "ORPHANED").containsEntry("linked_clusters", "")
                .containsEntry("trusting_roles", "0");
    }

    @Test
    void associationRowsCarryTheirHealthAndWhyNot() {
        Map<String, Map<String, String>> rows = rows(AssociationReport.report(new FleetAnalyses()), snapshots(), "service_account");

        assertThat(rows.get("worker")).containsEntry("health", "OK").containsEntry("health_detail", "");
        assertThat(rows.get("legacy")).containsEntry("health", "ROLE_NOT_TRUSTING");
        assertThat(rows.get("legacy").get("health_detail")).contains("does not trust pods.eks.amazonaws.com");
    }

    @Test
    void anAssociationOfAClusterThatWasNotDescribedIsListedWithoutAHealth() {
        EksCluster undescribed = new EksCluster(ACCOUNT, "eu-west-1", "hidden", null, null, null, null, null, List.of(), null, false,
                null, Map.of());
        account.association(undescribed, "ns", "sa", account.roleArn("payments-pods"));

        Map<String, Map<String, String>> rows = rows(AssociationReport.report(new FleetAnalyses()), snapshots(), "service_account");

        assertThat(rows).containsKeys("worker", "legacy", "sa");
        assertThat(rows.get("sa")).containsEntry("health", "").containsEntry("cluster", "hidden");
    }

    @Test
    void theWindowsAnalysisAndTheExportsOwnGiveTheSameRows() {
        List<AccountSnapshot> snapshots = snapshots();
        ReportDefinition<AssociationReport.Row> definition = AssociationReport.analysedDefinition();

        assertThat(display(definition, AssociationReport.rows(AnalysedFleet.of(snapshots, FleetAnalyzer.analyze(snapshots)), ClusterScope.all())))
                .isEqualTo(display(definition, AssociationReport.report(new FleetAnalyses()).rows(snapshots, ClusterScope.all())));
    }

    @Test
    void everyRowStartsWithTheProvenanceOfItsSnapshot() {
        List<AccountSnapshot> snapshots = snapshots();

        assertThat(OidcProviderReport.report(new FleetAnalyses()).rows(snapshots, ClusterScope.all()))
                .allSatisfy(r -> assertThat(r.source()).isEqualTo(Provenance.of(snapshots.getFirst())));
        assertThat(AssociationReport.analysedDefinition().headers()).startsWith("Account ID", "Profile", "Scan time");
    }

    private static <R> Map<String, Map<String, String>> rows(Report<R> report, List<AccountSnapshot> snapshots, String keyColumn) {
        Column<R> key = report.definition().column(keyColumn).orElseThrow();
        return report.rows(snapshots, ClusterScope.all()).collect(Collectors.toMap(key::display,
                row -> report.definition().columns().stream().collect(Collectors.toMap(Column::id, c -> c.display(row)))));
    }

    private static <R> List<List<String>> display(ReportDefinition<R> definition, Stream<R> rows) {
        return rows.map(row -> definition.columns().stream().map(c -> c.display(row)).toList()).toList();
    }
}
