package dev.eksatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.comparison.MatrixStatus;
import dev.eksatlas.analysis.comparison.Readiness;
import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.analysis.linkage.ProviderStatus;
import dev.eksatlas.analysis.linkage.ProviderSummary;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetAnalyzerTest {
    private static final String PROD = "111111111111";
    private static final String EAST = "us-east-1";

    private static List<AccountSnapshot> fleet() {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(PROD, EAST);
        EksCluster prod = a.cluster("prod", EAST, "1.30", "eks.8");
        EksCluster stage = a.cluster("stage", EAST, "1.30", "eks.8");
        a.provider(prod.issuerHostPath()).provider(stage.issuerHostPath()).provider(Fleet.issuer(EAST, "GONE")).agent(prod);
        a.role("shared", Trust.policy(Trust.irsa(PROD, prod.issuerHostPath(), Trust.subject("logging", "fluent-bit")),
                Trust.irsa(PROD, stage.issuerHostPath(), Trust.subject("logging", "fluent-bit"))));
        a.role("wide", Trust.policy(Trust.irsaWith("StringLike", PROD, stage.issuerHostPath(), "system:serviceaccount:apps:*")));
        String pi = a.role("pi", Trust.policy(Trust.podIdentity()));
        a.association(prod, "api", "server", pi);
        return fleet.snapshots();
    }

    @Test
    void givesEachClusterItsComparisonMatrixFindingsAndPlans() {
        FleetAnalysis analysis = FleetAnalyzer.analyze(fleet());

        assertThat(analysis.clusters()).extracting(c -> c.cluster().name()).containsExactly("prod", "stage");
        ClusterAnalysis prod = analysis.clusters().getFirst();
        assertThat(prod.readiness().verdict()).isEqualTo(Readiness.READY_WITH_WARNINGS);
        assertThat(prod.matrix()).extracting(r -> r.namespace() + "/" + r.serviceAccount() + " " + r.status())
                .containsExactly("api/server " + MatrixStatus.POD_IDENTITY_ONLY, "logging/fluent-bit " + MatrixStatus.IRSA_ONLY);
        assertThat(prod.findings()).extracting(Finding::code)
                .containsExactly(FindingCode.POD_IDENTITY_UNCONDITIONED, FindingCode.SHARED_ROLE_NEEDS_PER_CLUSTER_TRUST);
        assertThat(prod.plans()).singleElement().satisfies(p -> assertThat(p.serviceAccount().serviceAccount()).isEqualTo("fluent-bit"));
        ClusterAnalysis stage = analysis.clusters().get(1);
        assertThat(stage.findings()).extracting(Finding::code).contains(FindingCode.WILDCARD_SUBJECT, FindingCode.SHARED_ROLE_NEEDS_PER_CLUSTER_TRUST);
        assertThat(analysis.plans()).hasSize(2);
    }

    @Test
    void summarisesRolesAndProviders() {
        FleetAnalysis analysis = FleetAnalyzer.analyze(fleet());

        assertThat(analysis.roles()).extracting(r -> r.role().name()).containsExactly("pi", "shared", "wide");
        RoleSummary shared = analysis.roles().get(1);
        assertThat(shared.trustedClusterArns()).hasSize(2);
        assertThat(shared.trustedIssuers()).isEqualTo(2);
        assertThat(shared.grants()).hasSize(2);
        assertThat(shared.trustSize().statements()).isEqualTo(2);
        assertThat(analysis.roles().getFirst().associations()).isEqualTo(1);
        assertThat(analysis.roles().getFirst().podIdentityTrust()).isTrue();
        assertThat(analysis.providers()).extracting(ProviderSummary::status)
                .containsExactlyInAnyOrder(ProviderStatus.LINKED, ProviderStatus.LINKED, ProviderStatus.ORPHANED);
        assertThat(analysis.findings()).extracting(Finding::code).contains(FindingCode.OIDC_PROVIDER_ORPHANED);
    }

    @Test
    void givesEqualResultsForEqualInput() {
        assertThat(FleetAnalyzer.analyze(fleet())).isEqualTo(FleetAnalyzer.analyze(fleet()));
    }

    @Test
    void analysesAnEmptyFleet() {
        FleetAnalysis analysis = FleetAnalyzer.analyze(List.of());

        assertThat(analysis.clusters()).isEmpty();
        assertThat(analysis.findings()).isEmpty();
    }
}
