package dev.eksatlas.ui.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.tokens.TokenReadinessAnalyzer;
import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.tokens.TokenCheckState;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.StaleTokenCheck;
import dev.eksatlas.report.StaleTokenReport;
import dev.eksatlas.ui.common.ImmediateTaskRunner;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TokensViewModelTest {
    private static final String PROD = "111122223333";
    private static final String EAST = "us-east-1";

    @Test
    void listsStaleServiceAccountsSoonestFirstThenEachOtherClusterWithWhyAndCountsTheChecks() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster checked = prod.cluster("checked", EAST, "1.30", "eks.8");
        EksCluster quiet = prod.clusterWithoutAuditLog("quiet", EAST);
        prod.check(checked, StaleTokenCheck.Status.CHECKED).check(quiet, StaleTokenCheck.Status.AUDIT_LOGGING_OFF)
                .staleToken(checked, "system:serviceaccount:a:young", 100_000)
                .staleToken(checked, "system:serviceaccount:a:old", 7_800_000);
        fleet.account("444455556666", EAST).cluster("unscanned", EAST, "1.30", "eks.8");
        InventoryModel inventory = new InventoryModel(new ImmediateTaskRunner(), fleet::snapshots);
        TokensViewModel viewModel = new TokensViewModel(inventory, new Messages(Locale.ENGLISH));

        inventory.reload();

        assertThat(viewModel.rowsProperty().get()).extracting(r -> r.cluster().cluster().name(),
                r -> r.account() == null ? null : r.account().serviceAccount(), r -> r.cluster().state()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("checked", "old", TokenCheckState.CHECKED),
                org.assertj.core.groups.Tuple.tuple("checked", "young", TokenCheckState.CHECKED),
                org.assertj.core.groups.Tuple.tuple("quiet", null, TokenCheckState.AUDIT_LOGGING_OFF),
                org.assertj.core.groups.Tuple.tuple("unscanned", null, TokenCheckState.NOT_CHECKED));
        assertThat(viewModel.summaryProperty().get()).isEqualTo("3 clusters: 1 checked, 1 not checked, 1 without an audit log to check, "
                + "0 could not be checked. 2 service accounts use stale tokens; 1 of them are refused or within a week of it.");
        assertThat(viewModel.clients()).hasSize(7);
        assertThat(viewModel.minimumText("current")).isEqualTo("a current version");
    }

    @Test
    void theClusterSectionSaysNotCheckedOrHowToEnableTheAuditLogNeverNone() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster unchecked = prod.cluster("unchecked", EAST, "1.30", "eks.8");
        EksCluster quiet = prod.clusterWithoutAuditLog("quiet", EAST);
        EksCluster clean = prod.cluster("clean", EAST, "1.30", "eks.8");
        prod.check(quiet, StaleTokenCheck.Status.AUDIT_LOGGING_OFF).check(clean, StaleTokenCheck.Status.CHECKED)
                .addon(clean, "vpc-cni", "v1.7.5-eksbuild.2", "ACTIVE");
        ClusterTokensViewModel section = new ClusterTokensViewModel(new Messages(Locale.ENGLISH));

        section.show(new TokenReadinessAnalyzer().analyze(fleet.snapshots()), unchecked);
        assertThat(section.stateProperty().get()).startsWith("Not checked").contains("Not checked is not the same as none");
        assertThat(section.rows()).isEmpty();

        section.show(new TokenReadinessAnalyzer().analyze(fleet.snapshots()), quiet);
        assertThat(section.stateProperty().get()).startsWith("Cannot be checked")
                .contains("aws eks update-cluster-config --name quiet --logging '{\"clusterLogging\":[{\"types\":[\"audit\"],\"enabled\":true}]}'");

        section.show(new TokenReadinessAnalyzer().analyze(fleet.snapshots()), clean);
        assertThat(section.stateProperty().get()).isEqualTo("Audit log checked from 2026-10-25T00:00:00Z to 2026-11-01T00:00:00Z "
                + "(302.4 MB scanned): no stale tokens seen.");
        assertThat(section.addons()).containsExactly("Add-on vpc-cni v1.7.5-eksbuild.2 is below 1.8.0 and does not refresh its token: update it.");

        section.show(new TokenReadinessAnalyzer().analyze(fleet.snapshots()), null);
        assertThat(section.stateProperty().get()).isEmpty();
        assertThat(section.rows()).isEmpty();
    }

    @Test
    void theKoreanSectionUsesTheGuidesTerms() {
        Fleet fleet = new Fleet();
        EksCluster quiet = fleet.account(PROD, EAST).clusterWithoutAuditLog("quiet", EAST);
        fleet.account(PROD, EAST).check(quiet, StaleTokenCheck.Status.AUDIT_LOGGING_OFF);
        ClusterTokensViewModel section = new ClusterTokensViewModel(new Messages(Locale.KOREAN));

        section.show(new TokenReadinessAnalyzer().analyze(fleet.snapshots()), quiet);

        assertThat(section.stateProperty().get()).startsWith("확인할 수 없음").contains("감사 로그").contains("컨트롤 플레인 로깅");
        assertThat(StaleTokenReport.NAME).isEqualTo("stale-tokens");
    }
}
