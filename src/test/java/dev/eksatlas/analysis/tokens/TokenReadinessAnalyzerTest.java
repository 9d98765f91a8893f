package dev.eksatlas.analysis.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.StaleTokenCheck;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenReadinessAnalyzerTest {
    private static final String PROD = "111122223333";
    private static final String EAST = "us-east-1";

    private static TokenReadiness analyze(Fleet fleet) {
        return new TokenReadinessAnalyzer().analyze(fleet.snapshots());
    }

    private static List<Finding> findings(List<AccountSnapshot> snapshots, FindingCode code) {
        return FleetAnalyzer.analyze(snapshots).findings().stream().filter(f -> f.code() == code).toList();
    }

    @ParameterizedTest(name = "{0} s -> {1}, {2} days left")
    @CsvSource(delimiter = '|', textBlock = """
            4185802  | AGEING    | 41
            7171199  | AGEING    | 7
            7171200  | LAST_WEEK | 7
            7700000  | LAST_WEEK | 0
            7776000  | LAST_WEEK | 0
            7776001  | REJECTED  | -1
            8000000  | REJECTED  | -3
            """)
    void judgesTheLargestElapsedTimeAgainstNinetyDays(long elapsed, TokenAge age, long daysLeft) {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster c = prod.cluster("prod", EAST, "1.30", "eks.8");
        prod.check(c, StaleTokenCheck.Status.CHECKED).staleToken(c, "system:serviceaccount:payments:api", 3_700)
                .staleToken(c, "system:serviceaccount:payments:api", elapsed);

        StaleServiceAccount s = analyze(fleet).serviceAccounts().getFirst();

        assertThat(s.elapsedSeconds()).isEqualTo(elapsed);
        assertThat(s.sightings()).isEqualTo(2);
        assertThat(s.age()).isEqualTo(age);
        assertThat(s.daysLeft()).isEqualTo(daysLeft);
        assertThat(s.refusedAt()).isEqualTo(Fleet.T0.plusSeconds(7_776_000 - elapsed));
        assertThat(s.namespace()).isEqualTo("payments");
        assertThat(s.serviceAccount()).isEqualTo("api");
    }

    @Test
    void listsServiceAccountsOfTheFleetSoonestRefusalFirst() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster a = prod.cluster("a", EAST, "1.30", "eks.8");
        EksCluster b = prod.cluster("b", EAST, "1.30", "eks.8");
        prod.check(a, StaleTokenCheck.Status.CHECKED).check(b, StaleTokenCheck.Status.CHECKED)
                .staleToken(a, "system:serviceaccount:x:young", 100_000)
                .staleToken(b, "system:serviceaccount:x:past", 7_900_000)
                .staleToken(a, "system:serviceaccount:x:close", 7_600_000);

        assertThat(analyze(fleet).serviceAccounts()).extracting(StaleServiceAccount::serviceAccount)
                .containsExactly("past", "close", "young");
    }

    @Test
    void theRemedyNamesTheClientMinimumsOrTheComponentAndTheRolloutRestart() {
        assertThat(Remedies.forServiceAccount("payments", "api"))
                .contains("Go 0.15.7, Python 12.0.0, Java 9.0.0, JavaScript 0.10.3, Ruby master branch, Haskell 0.3.0.0, C# 7.0.5")
                .contains("kubectl rollout restart deployment/<name> -n payments");
        assertThat(Remedies.forServiceAccount("logging", "fluent-bit")).startsWith("Update AWS for Fluent Bit to 2.25.0 or later");
        assertThat(Remedies.forServiceAccount("kube-system", "aws-node")).startsWith("Update Amazon VPC CNI plugin for Kubernetes to 1.8.0 or later");
        assertThat(Remedies.forServiceAccount("kube-system", "kube-proxy")).startsWith("Update kube-proxy to a current version");
    }

    @Test
    void aSnapshotScannedWithoutTheCheckSaysNotCheckedAndGivesNoUnavailableFinding() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        prod.cluster("prod", EAST, "1.30", "eks.8");
        prod.clusterWithoutAuditLog("quiet", EAST);

        TokenReadiness r = analyze(fleet);

        assertThat(r.clusters()).extracting(ClusterTokens::state).containsOnly(TokenCheckState.NOT_CHECKED);
        assertThat(findings(fleet.snapshots(), FindingCode.STALE_TOKEN_CHECK_UNAVAILABLE)).isEmpty();
    }

    @Test
    void aClusterWithoutAuditLoggingScannedWithTheCheckGetsTheUnavailableFindingWithTheFix() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster checked = prod.cluster("prod", EAST, "1.30", "eks.8");
        EksCluster quiet = prod.clusterWithoutAuditLog("quiet", EAST);
        prod.check(checked, StaleTokenCheck.Status.CHECKED).check(quiet, StaleTokenCheck.Status.AUDIT_LOGGING_OFF);

        TokenReadiness r = analyze(fleet);

        assertThat(r.cluster(PROD, EAST, "quiet").orElseThrow().state()).isEqualTo(TokenCheckState.AUDIT_LOGGING_OFF);
        assertThat(r.cluster(PROD, EAST, "prod").orElseThrow().state()).isEqualTo(TokenCheckState.CHECKED);
        assertThat(findings(fleet.snapshots(), FindingCode.STALE_TOKEN_CHECK_UNAVAILABLE)).singleElement().satisfies(f -> {
            assertThat(f.cluster()).isEqualTo("quiet");
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.evidence()).isEqualTo("control-plane logs enabled: api");
            assertThat(f.remediation()).contains("aws eks update-cluster-config --name quiet --logging")
                    .contains("\"types\":[\"audit\"]").doesNotContain("<cluster>");
        });
    }

    @Test
    void aMissingLogGroupIsUnavailableTooButAFailedQueryIsLeftToTheCoverageGap() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster noGroup = prod.cluster("new", EAST, "1.30", "eks.8");
        EksCluster failed = prod.cluster("denied", EAST, "1.30", "eks.8");
        prod.check(noGroup, StaleTokenCheck.Status.NO_LOG_GROUP).check(failed, StaleTokenCheck.Status.FAILED);

        assertThat(findings(fleet.snapshots(), FindingCode.STALE_TOKEN_CHECK_UNAVAILABLE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("/aws/eks/new/cluster was not found"));
        assertThat(analyze(fleet).cluster(PROD, EAST, "denied").orElseThrow().state()).isEqualTo(TokenCheckState.FAILED);
    }

    @Test
    void collectsTheAddOnsBelowTheGuidesMinimumsPerCluster() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster c = prod.cluster("prod", EAST, "1.30", "eks.8");
        prod.addon(c, "vpc-cni", "v1.7.5-eksbuild.2", "ACTIVE").addon(c, "coredns", "v1.11.1-eksbuild.4", "ACTIVE")
                .addon(c, "kube-proxy", "v1.28.2-eksbuild.1", "ACTIVE");

        assertThat(analyze(fleet).clusters().getFirst().addonsBelowMinimum())
                .extracting(AddonBelowMinimum::addonName, AddonBelowMinimum::minimum, AddonBelowMinimum::numberFromGuide)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kube-proxy", "1.30", false),
                        org.assertj.core.groups.Tuple.tuple("vpc-cni", "1.8.0", true));
    }
}
