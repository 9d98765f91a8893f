package dev.eksatlas.ui.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.Trust;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.report.RoleReport;
import dev.eksatlas.ui.common.ImmediateTaskRunner;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RolesViewModelTest {
    private static final String PROD = "111122223333";
    private final Fleet fleet = new Fleet();
    private final Fleet.Account prod = fleet.account(PROD, "eu-west-1", "us-east-1");
    private final EksCluster payments = prod.cluster("payments", "eu-west-1", "1.30", "eks.10");
    private final EksCluster search = prod.cluster("search", "us-east-1", "1.29", "eks.9");
    private final String ghostIssuer = Fleet.issuer("eu-west-1", "ghost");
    private final List<AccountSnapshot> inventory = new ArrayList<>();
    private InventoryModel model;
    private RolesViewModel viewModel;

    @BeforeEach
    void buildFleet() {
        prod.provider(payments.issuerHostPath()).provider(search.issuerHostPath());
        prod.role("shared", Trust.policy(
                Trust.irsa(PROD, payments.issuerHostPath(), Trust.subject("pay", "api")),
                Trust.irsaWith("StringLike", PROD, search.issuerHostPath(), "system:serviceaccount:search:*"),
                Trust.irsa(PROD, ghostIssuer, Trust.subject("old", "job")),
                Trust.podIdentity()));
        prod.role("big", Trust.policy(IntStream.range(0, 4)
                .mapToObj(i -> Trust.irsa(PROD, payments.issuerHostPath(), Trust.subject("ns" + i, "service-account-" + i)))
                .toArray(String[]::new)));
        prod.role("ec2", Trust.policy(Trust.ec2()));
        inventory.addAll(fleet.snapshots());
        model = new InventoryModel(new ImmediateTaskRunner(), () -> List.copyOf(inventory));
        viewModel = new RolesViewModel(model, new ImmediateTaskRunner(), new Messages(Locale.ENGLISH));
        model.reload();
    }

    private RoleReport.Row row(String name) {
        return viewModel.rowsProperty().get().stream().filter(r -> r.role().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsEveryRoleAndCountsThoseNearTheQuotaAndThoseTrustingPodIdentity() {
        assertThat(viewModel.rowsProperty().get()).extracting(r -> r.role().name()).containsExactly("big", "ec2", "shared");
        assertThat(viewModel.summaryProperty().get()).isEqualTo(
                "3 roles; 1 with a trust policy at 80% or more of the 2,048-character default quota; 1 trust EKS Pod Identity");
    }

    @Test
    void nothingSelectedShowsNoDetail() {
        assertThat(viewModel.detailProperty().get()).isNull();
    }

    @Test
    void marksEachStatementWithTheClusterOfItsIssuerInThatClustersColour() {
        viewModel.selectedProperty().set(row("shared"));

        RoleDetail detail = viewModel.detailProperty().get();
        assertThat(detail.name()).isEqualTo("shared");
        assertThat(detail.clusters()).extracting(RoleDetail.Mark::label)
                .containsExactly("payments · eu-west-1 · " + PROD, "search · us-east-1 · " + PROD);
        List<RoleDetail.Block> statements = detail.policy().stream().filter(b -> b.statement() >= 0).toList();
        assertThat(statements).hasSize(4);
        assertThat(statements.get(0).marks()).containsExactly(detail.clusters().get(0));
        assertThat(statements.get(1).marks()).containsExactly(detail.clusters().get(1));
        assertThat(statements.get(0).marks().getFirst().colour()).isNotEqualTo(statements.get(1).marks().getFirst().colour());
        assertThat(statements.get(2).marks()).extracting(RoleDetail.Mark::kind, RoleDetail.Mark::label)
                .containsExactly(tuple(RoleDetail.Kind.UNSCANNED_ISSUER,
                        "Issuer " + ghostIssuer + " (no scanned cluster)"));
        assertThat(statements.get(3).marks()).extracting(RoleDetail.Mark::kind).containsExactly(RoleDetail.Kind.POD_IDENTITY);
        assertThat(statements.get(1).text()).contains("system:serviceaccount:search:*");
    }

    @Test
    void theCopiedPolicyIsTheWholePrettyPrintedDocument() throws Exception {
        viewModel.selectedProperty().set(row("shared"));

        RoleDetail detail = viewModel.detailProperty().get();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(detail.policyText())).isEqualTo(json.readTree(row("shared").role().trustPolicy()));
        assertThat(detail.policyText()).contains("\n    {\n      \"Effect\": \"Allow\"");
    }

    @Test
    void eachStatementBoxShowsItsStatementAtTheLeftMarginBetweenTheDocumentsHeadAndTail() throws Exception {
        viewModel.selectedProperty().set(row("shared"));

        List<RoleDetail.Block> blocks = viewModel.detailProperty().get().policy();
        assertThat(blocks.getFirst().text()).isEqualTo("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [");
        assertThat(blocks.getLast().text()).isEqualTo("  ]\n}");
        assertThat(blocks.subList(1, blocks.size() - 1)).hasSize(4).allSatisfy(b -> {
            assertThat(b.statement()).isNotNegative();
            assertThat(b.text()).startsWith("{\n  \"").endsWith("\n}");
            assertThat(new ObjectMapper().readTree(b.text()).isObject()).isTrue();
        });
    }

    @Test
    void theGaugeSaysHowFullThePolicyIsAgainstBothLimits() {
        viewModel.selectedProperty().set(row("big"));

        RoleDetail.Gauge gauge = viewModel.detailProperty().get().gauge();
        int size = row("big").summary().trustSize().characters();
        assertThat(size).isBetween(2048 * 4 / 5, 2048);
        assertThat(gauge.level()).isEqualTo(RoleDetail.Level.NEAR_DEFAULT);
        assertThat(gauge.fractionOfMax()).isEqualTo(size / 4096.0);
        assertThat(gauge.text()).startsWith(String.format(Locale.ENGLISH, "%,d of 2,048 characters (", size))
                .endsWith("% of the default quota; a quota increase allows at most 4,096)");
        assertThat(gauge.room()).startsWith("4 statements; room for about 0 more IRSA statements under the default quota");
    }

    @Test
    void showsTheRolesFindingsWithTheirRemediation() {
        viewModel.selectedProperty().set(row("shared"));

        assertThat(viewModel.detailProperty().get().findings())
                .extracting(f -> f.codeId()).contains("wildcard-subject", "irsa-and-pod-identity");
        assertThat(viewModel.detailProperty().get().findings()).allSatisfy(f -> {
            assertThat(f.resourceArn()).isEqualTo(row("shared").role().arn());
            assertThat(f.remediation()).isNotBlank();
        });
    }

    @Test
    void aRoleThatTrustsNoClusterSaysSo() {
        viewModel.selectedProperty().set(row("ec2"));

        RoleDetail detail = viewModel.detailProperty().get();
        assertThat(detail.clusters()).isEmpty();
        assertThat(detail.policy()).allSatisfy(b -> assertThat(b.marks()).isEmpty());
        assertThat(detail.gauge().level()).isEqualTo(RoleDetail.Level.OK);
    }

    @Test
    void aPolicyThatIsNotJsonIsShownAsStoredWithANote() {
        prod.role("broken", "{\"Statement\": [");
        inventory.clear();
        inventory.addAll(fleet.snapshots());
        model.reload();

        viewModel.selectedProperty().set(row("broken"));

        RoleDetail detail = viewModel.detailProperty().get();
        assertThat(detail.policyText()).isEqualTo("{\"Statement\": [");
        assertThat(detail.policyNote()).contains("not valid JSON");
    }

    @Test
    void theSelectedRoleStaysSelectedAcrossAReload() {
        viewModel.selectedProperty().set(row("shared"));

        model.reload();

        assertThat(viewModel.selectedProperty().get()).isSameAs(row("shared"));
        assertThat(viewModel.detailProperty().get().name()).isEqualTo("shared");
    }

    @Test
    void aRoleGoneAfterAReloadClearsTheDetail() {
        viewModel.selectedProperty().set(row("shared"));
        inventory.clear();
        model.reload();

        assertThat(viewModel.selectedProperty().get()).isNull();
        assertThat(viewModel.detailProperty().get()).isNull();
        assertThat(viewModel.rowsProperty().get()).isEmpty();
    }
}
