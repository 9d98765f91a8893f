package dev.eksatlas.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.Trust;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.report.FindingReport;
import dev.eksatlas.ui.common.ImmediateTaskRunner;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FindingsViewModelTest {
    private static final String PROD = "111122223333";
    private static final String DEV = "444455556666";
    private final List<AccountSnapshot> inventory = new ArrayList<>();
    private InventoryModel model;
    private FindingsViewModel viewModel;

    @BeforeEach
    void buildFleetWithFindingsInTwoAccounts() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, "eu-west-1");
        EksCluster payments = prod.cluster("payments", "eu-west-1", "1.30", "eks.10");
        prod.provider(payments.issuerHostPath()).agent(payments);
        prod.role("wide", Trust.policy(Trust.irsaWith("StringLike", PROD, payments.issuerHostPath(), "system:serviceaccount:pay:*")));
        prod.association(payments, "pay", "api", prod.roleArn("missing"));
        Fleet.Account dev = fleet.account(DEV, "us-east-1");
        EksCluster sandbox = dev.cluster("sandbox", "us-east-1", "1.30", "eks.10");
        dev.agent(sandbox);
        dev.role("app", Trust.policy(Trust.irsa(DEV, sandbox.issuerHostPath(), Trust.subject("app", "web"))));
        inventory.addAll(fleet.snapshots());
        model = new InventoryModel(new ImmediateTaskRunner(), () -> List.copyOf(inventory));
        viewModel = new FindingsViewModel(model, new Messages(Locale.ENGLISH));
        model.reload();
    }

    private List<FindingReport.Row> rows() {
        return viewModel.rowsProperty().get();
    }

    @Test
    void showsEveryFindingMostSevereFirstWithFilterChoicesFromTheData() {
        assertThat(rows()).isNotEmpty();
        assertThat(rows()).extracting(r -> r.finding().severity()).isSortedAccordingTo(Enum::compareTo);
        assertThat(viewModel.severities()).extracting(Choice::label).containsExactly("All severities", "High", "Medium", "Low", "Info");
        assertThat(viewModel.codes().getFirst().label()).isEqualTo("All codes");
        assertThat(viewModel.codes()).extracting(Choice::value).contains("wildcard-subject", "association-role-missing", "oidc-provider-missing");
        assertThat(viewModel.accounts()).extracting(Choice::label)
                .containsExactly("All accounts", PROD + " (acct-" + PROD + ")", DEV + " (acct-" + DEV + ")");
        assertThat(viewModel.summaryProperty().get()).startsWith(rows().size() + " of " + rows().size() + " findings shown: ");
    }

    @Test
    void filtersBySeverityCodeAndAccountTogether() {
        int all = rows().size();

        viewModel.severityProperty().set(viewModel.severities().get(1));
        assertThat(rows()).isNotEmpty().allMatch(r -> r.finding().severity() == Severity.HIGH);

        viewModel.accountProperty().set(viewModel.accounts().get(2));
        assertThat(rows()).allMatch(r -> r.finding().severity() == Severity.HIGH && r.finding().accountId().equals(DEV));

        viewModel.severityProperty().set(viewModel.severities().getFirst());
        viewModel.codeProperty().set(viewModel.codes().stream().filter(c -> "oidc-provider-missing".equals(c.value())).findFirst().orElseThrow());
        assertThat(rows()).singleElement().satisfies(r -> {
            assertThat(r.finding().codeId()).isEqualTo("oidc-provider-missing");
            assertThat(r.finding().cluster()).isEqualTo("sandbox");
        });
        assertThat(viewModel.summaryProperty().get()).startsWith("1 of " + all + " findings shown: 1 high");

        viewModel.clearFilters();
        assertThat(rows()).hasSize(all);
    }

    @Test
    void theSelectedFindingShowsItsPlaceEvidenceAndRemediation() {
        FindingReport.Row wide = rows().stream().filter(r -> r.finding().codeId().equals("wildcard-subject")).findFirst().orElseThrow();

        viewModel.selectedProperty().set(wide);

        FindingDetail detail = viewModel.detailProperty().get();
        assertThat(detail.code()).isEqualTo("wildcard-subject");
        assertThat(detail.severity()).isEqualTo("Medium");
        assertThat(detail.remediation()).startsWith("Replace the glob with the exact subject");
        assertThat(detail.place()).startsWith("Account " + PROD + ", region eu-west-1, cluster payments; arn:aws:iam::" + PROD + ":role/wide");
        assertThat(detail.evidence()).contains("system:serviceaccount:pay:*");
    }

    @Test
    void theSelectedFindingReadsInKoreanInTheKoreanInterface() {
        FindingsViewModel korean = new FindingsViewModel(model, new Messages(Locale.KOREAN));
        FindingReport.Row missing = korean.rowsProperty().get().stream().filter(r -> r.finding().codeId().equals("oidc-provider-missing"))
                .findFirst().orElseThrow();

        korean.selectedProperty().set(missing);

        FindingDetail detail = korean.detailProperty().get();
        String provider = "arn:aws:iam::" + DEV + ":oidc-provider/" + Fleet.issuer("us-east-1", "sandbox");
        assertThat(detail.code()).isEqualTo("oidc-provider-missing");
        assertThat(detail.title()).isEqualTo("없는 OIDC 공급자");
        assertThat(detail.message()).isEqualTo("역할 app이(가) 공급자 " + provider + "을(를) 통해 " + Fleet.issuer("us-east-1", "sandbox")
                + "을(를) 신뢰하지만 이 공급자가 없습니다. 이 역할의 IRSA는 작동하지 않습니다");
        assertThat(detail.remediation()).startsWith("발급자에 대한 IAM OIDC 공급자를 생성하거나(eksctl utils associate-iam-oidc-provider --cluster sandbox --approve)");
        assertThat(missing.finding().message()).startsWith("Role app trusts ");
    }

    @Test
    void aFilterThatHidesTheSelectedFindingClearsTheDetail() {
        FindingReport.Row wide = rows().stream().filter(r -> r.finding().codeId().equals("wildcard-subject")).findFirst().orElseThrow();
        viewModel.selectedProperty().set(wide);

        viewModel.severityProperty().set(viewModel.severities().get(1));

        assertThat(viewModel.selectedProperty().get()).isNull();
        assertThat(viewModel.detailProperty().get()).isNull();
    }

    @Test
    void aReloadKeepsTheFiltersWhoseValuesStillExist() {
        viewModel.accountProperty().set(viewModel.accounts().get(2));
        viewModel.severityProperty().set(viewModel.severities().get(1));

        model.reload();

        assertThat(viewModel.accountProperty().get().value()).isEqualTo(DEV);
        assertThat(viewModel.severityProperty().get().value()).isEqualTo(Severity.HIGH);
        assertThat(rows()).allMatch(r -> r.finding().accountId().equals(DEV));
    }
}
