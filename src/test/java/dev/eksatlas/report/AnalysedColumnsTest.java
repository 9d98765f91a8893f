package dev.eksatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.analysis.RoleSummary;
import dev.eksatlas.analysis.Trust;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The analysis columns of the roles, oidc-providers and associations reports, as the window and the files show them. */
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
    void roleRowsNameTheClustersTheyTrustAndTheirPodIdentityUse() {
        Map<String, Map<String, String>> rows = rows(RoleReport.report(), snapshots(), "role");

        assertThat(rows.get("payments-irsa")).containsEntry("trusted_clusters", payments.arn())
                .containsEntry("pod_identity_trust", "false").containsEntry("associations", "1");
        assertThat(rows.get("payments-pods")).containsEntry("trusted_clusters", "")
                .containsEntry("pod_identity_trust", "true").containsEntry("associations", "1");
    }

    @Test
    void providerRowsSayLinkedOrOrphaned() {
        Map<String, Map<String, String>> rows = rows(OidcProviderReport.report(), snapshots(), "issuer");

        assertThat(rows.get(issuer)).containsEntry("status", "LINKED").containsEntry("linked_clusters", payments.arn())
                .containsEntry("trusting_roles", "1");
        assertThat(rows.get(orphanIssuer)).containsEntry("status", "ORPHANED").containsEntry("linked_clusters", "")
                .containsEntry("trusting_roles", "0");
    }

    @Test
    void associationRowsCarryTheirHealthAndWhyNot() {
        Map<String, Map<String, String>> rows = rows(AssociationReport.report(), snapshots(), "service_account");

        assertThat(rows.get("worker")).containsEntry("health", "OK").containsEntry("health_detail", "");
        assertThat(rows.get("legacy")).containsEntry("health", "ROLE_NOT_TRUSTING");
        assertThat(rows.get("legacy").get("health_detail")).contains("does not trust pods.eks.amazonaws.com");
    }

    @Test
    void anAssociationOfAClusterThatWasNotDescribedIsListedWithoutAHealth() {
        EksCluster undescribed = new EksCluster(ACCOUNT, "eu-west-1", "hidden", null, null, null, null, null, List.of(), null, false,
                null, Map.of());
        account.association(undescribed, "ns", "sa", account.roleArn("payments-pods"));

        Map<String, Map<String, String>> rows = rows(AssociationReport.report(), snapshots(), "service_account");

        assertThat(rows).containsKeys("worker", "legacy", "sa");
        assertThat(rows.get("sa")).containsEntry("health", "").containsEntry("cluster", "hidden");
    }

    @Test
    void theWindowsAnalysisAndTheExportsOwnGiveTheSameRows() {
        List<AccountSnapshot> snapshots = snapshots();
        AnalysedReport<RoleSummary> report = RoleReport.report();

        assertThat(display(report, report.rows(snapshots, FleetAnalyzer.analyze(snapshots))))
                .isEqualTo(display(report, report.rows(snapshots, ClusterScope.all())));
    }

    @Test
    void everyRowCarriesTheProvenanceOfItsSnapshot() {
        List<AccountSnapshot> snapshots = snapshots();

        assertThat(RoleReport.report().rows(snapshots, ClusterScope.all()))
                .allSatisfy(r -> assertThat(r.source()).isEqualTo(Provenance.of(snapshots.getFirst())));
    }

    private static <R> Map<String, Map<String, String>> rows(Report<R> report, List<AccountSnapshot> snapshots, String keyColumn) {
        Column<R> key = report.definition().column(keyColumn).orElseThrow();
        return report.rows(snapshots, ClusterScope.all()).collect(Collectors.toMap(key::display,
                row -> report.definition().columns().stream().collect(Collectors.toMap(Column::id, c -> c.display(row)))));
    }

    private static <R> List<List<String>> display(Report<R> report, Stream<R> rows) {
        return rows.map(row -> report.definition().columns().stream().map(c -> c.display(row)).toList()).toList();
    }
}
