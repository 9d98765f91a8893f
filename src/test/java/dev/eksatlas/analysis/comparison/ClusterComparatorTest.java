package dev.eksatlas.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.Trust;
import dev.eksatlas.analysis.findings.PodIdentitySupport;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.linkage.FleetLinker;
import dev.eksatlas.analysis.trust.TrustPolicyClassifier;
import dev.eksatlas.domain.EksCluster;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterComparatorTest {
    private static final String ACCT = "111111111111";
    private static final String EAST = "us-east-1";

    private static ClusterComparison compare(Fleet fleet, EksCluster cluster) {
        FleetIndex index = FleetIndex.build(fleet.snapshots(), new TrustPolicyClassifier());
        return new ClusterComparator(index).compare(new FleetLinker(index).link(cluster));
    }

    /** A busy cluster: shared and full IRSA roles, Fargate, no agent, a mix of associations. */
    private static Fleet busyFleet(List<EksCluster> out) {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(ACCT, EAST);
        EksCluster prod = a.cluster("prod", EAST, "1.29", "eks.6");
        EksCluster stage = a.cluster("stage", EAST, "1.30", "eks.3");
        out.add(prod);
        String p = prod.issuerHostPath();
        String s = stage.issuerHostPath();
        a.provider(p).provider(s);
        a.role("shared", Trust.policy(Trust.irsa(ACCT, p, Trust.subject("logging", "fluent-bit")),
                Trust.irsa(ACCT, s, Trust.subject("logging", "fluent-bit"))));
        List<String> big = new ArrayList<>();
        for (String issuer : List.of(p, s, Fleet.issuer(EAST, "C3"), Fleet.issuer(EAST, "C4"))) {
            big.add(Trust.irsa(ACCT, issuer, Trust.subject("payments", "api"), Trust.subject("payments", "api-canary")));
        }
        a.role("payments", Trust.policy(big.toArray(String[]::new)));
        a.role("apps-wide", Trust.policy(Trust.irsaWith("StringLike", ACCT, p, "system:serviceaccount:apps:*")));
        a.role("broken", Trust.policy(Trust.irsaWith("StringEquals", ACCT, p, "system:serviceaccount:jobs:*")));
        String scoped = a.role("pi-scoped", Trust.policy(Trust.podIdentityForNamespace("web")));
        String open = a.role("pi-open", Trust.policy(Trust.podIdentity()));
        a.association(prod, "web", "frontend", scoped);
        a.association(prod, "apps", "worker", open, null, true);
        a.association(prod, "payments", "api", open);
        a.association(prod, "batch", "runner", open);
        a.association(prod, "gone", "x", a.roleArn("deleted"));
        a.fargate(prod, "batch", "batch");
        return fleet;
    }

    @Test
    void fillsTheSixRowsWithTheClustersMeasuredFacts() {
        List<EksCluster> clusters = new ArrayList<>();
        ClusterComparison c = compare(busyFleet(clusters), clusters.getFirst());

        assertThat(c.rows()).extracting(ComparisonRow::key).containsExactly(RowKey.values());
        RoleExtensibilityRow ext = c.row(RoleExtensibilityRow.class);
        assertThat(ext).isEqualTo(new RoleExtensibilityRow(3, 2, 3, 2));
        assertThat(ext.irsaFact()).isEqualTo("3 roles trust this cluster's issuer; 2 also trust other clusters and need one more statement for every new cluster");
        assertThat(ext.verdict()).isEqualTo(RowVerdict.FAVOURS_POD_IDENTITY);

        ClusterScalabilityRow scale = c.row(ClusterScalabilityRow.class);
        assertThat(scale.providerInClusterAccount()).isTrue();
        assertThat(scale.providersInAccount()).isEqualTo(2);
        assertThat(scale.irsaFact()).isEqualTo("IAM OIDC provider present; the account uses 2 of 100 providers");

        RoleScalabilityRow size = c.row(RoleScalabilityRow.class);
        assertThat(size.largestRoleArn()).endsWith(":role/payments");
        assertThat(size.statements()).isEqualTo(4);
        assertThat(size.rolesNearLimit()).isEqualTo(1);
        assertThat(size.moreUnderDefault()).isZero();
        assertThat(size.moreUnderMax()).isBetween(4, 5);
        assertThat(size.verdict()).isEqualTo(RowVerdict.FAVOURS_POD_IDENTITY);

        RoleReusabilityRow reuse = c.row(RoleReusabilityRow.class);
        assertThat(reuse).extracting(RoleReusabilityRow::associations, RoleReusabilityRow::sessionTagsDisabled,
                RoleReusabilityRow::rolesScopedByRequestTags, RoleReusabilityRow::rolesNotScoped, RoleReusabilityRow::irsaRolesServingSeveral)
                .containsExactly(5, 1, 1, 1, 2);

        SupportedEnvironmentsRow env = c.row(SupportedEnvironmentsRow.class);
        assertThat(env).isEqualTo(new SupportedEnvironmentsRow(1, List.of("batch"), 1, false));
        assertThat(env.verdict()).isEqualTo(RowVerdict.FAVOURS_IRSA);

        SupportedVersionsRow versions = c.row(SupportedVersionsRow.class);
        assertThat(versions).isEqualTo(new SupportedVersionsRow("1.29", "eks.6", PodIdentitySupport.Status.SUPPORTED, null, AgentStatus.MISSING, null));
        assertThat(versions.podIdentityFact()).isEqualTo("Kubernetes 1.29 eks.6 supported (needs 1.24+); no agent add-on");
        assertThat(versions.verdict()).isEqualTo(RowVerdict.NEEDS_ACTION);
    }

    @Test
    void buildsTheServiceAccountMatrix() {
        List<EksCluster> clusters = new ArrayList<>();
        ClusterComparison c = compare(busyFleet(clusters), clusters.getFirst());

        assertThat(c.matrix()).extracting(ServiceAccountRow::namespace, ServiceAccountRow::serviceAccount, ServiceAccountRow::status)
                .containsExactly(
                        tuple("apps", "*", MatrixStatus.WILDCARD_GRANT),
                        tuple("apps", "worker", MatrixStatus.POD_IDENTITY_ONLY),
                        tuple("batch", "runner", MatrixStatus.ASSOCIATION_ON_FARGATE),
                        tuple("gone", "x", MatrixStatus.ASSOCIATION_BROKEN),
                        tuple("jobs", "*", MatrixStatus.IRSA_BROKEN),
                        tuple("logging", "fluent-bit", MatrixStatus.IRSA_ONLY),
                        tuple("payments", "api", MatrixStatus.BOTH_IRSA_WINS),
                        tuple("payments", "api-canary", MatrixStatus.IRSA_ONLY),
                        tuple("web", "frontend", MatrixStatus.POD_IDENTITY_ONLY));
        ServiceAccountRow worker = c.matrix().get(1);
        assertThat(worker.wildcardRoleArns()).containsExactly("arn:aws:iam::" + ACCT + ":role/apps-wide");
        assertThat(worker.associationRoleArn()).isEqualTo("arn:aws:iam::" + ACCT + ":role/pi-open");
    }

    @Test
    void givesReadinessWithWarningsAndTheirReasons() {
        List<EksCluster> clusters = new ArrayList<>();
        ClusterComparison c = compare(busyFleet(clusters), clusters.getFirst());

        assertThat(c.readiness().verdict()).isEqualTo(Readiness.READY_WITH_WARNINGS);
        assertThat(c.readiness().reasons()).extracting(ReadinessReason::code, ReadinessReason::count).containsExactly(
                tuple(ReasonCode.AGENT_MISSING, 0),
                tuple(ReasonCode.FARGATE_PROFILES, 1),
                tuple(ReasonCode.SHARED_ROLES, 2),
                tuple(ReasonCode.TRUST_POLICY_FULL, 1),
                tuple(ReasonCode.IRSA_SHADOWING, 1),
                tuple(ReasonCode.BROKEN_ASSOCIATIONS, 1));
    }

    @Test
    void blocksAClusterBelowTheMinimumPlatformVersion() {
        Fleet fleet = new Fleet();
        EksCluster old = fleet.account(ACCT, EAST).cluster("old", EAST, "1.26", "eks.8");
        fleet.account(ACCT, EAST).agent(old);

        ClusterComparison c = compare(fleet, old);

        assertThat(c.readiness().verdict()).isEqualTo(Readiness.BLOCKED);
        assertThat(c.readiness().reasons()).extracting(ReadinessReason::text)
                .containsExactly("Upgrade first: 1.26 eks.8 is below the minimum eks.9");
        assertThat(c.row(SupportedVersionsRow.class).verdict()).isEqualTo(RowVerdict.BLOCKS_POD_IDENTITY);
    }

    @Test
    void callsACleanAutoModeClusterReady() {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(ACCT, EAST);
        EksCluster c = a.cluster("auto", EAST, "1.31", "eks.2", true);
        a.association(c, "web", "frontend", a.role("pi", Trust.policy(Trust.podIdentityForNamespace("web"))));

        ClusterComparison comparison = compare(fleet, c);

        assertThat(comparison.readiness()).isEqualTo(new PodIdentityReadiness(Readiness.READY, List.of()));
        assertThat(comparison.row(SupportedVersionsRow.class).agent()).isEqualTo(AgentStatus.BUILT_IN);
        assertThat(comparison.rows()).extracting(ComparisonRow::verdict).doesNotContain(RowVerdict.BLOCKS_POD_IDENTITY, RowVerdict.NEEDS_ACTION);
    }

    @Test
    void saysWhenTheProviderIsMissingOrInAnotherAccount() {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(ACCT, EAST);
        EksCluster missing = a.cluster("missing", EAST, "1.30", "eks.8");
        EksCluster cross = a.cluster("cross", EAST, "1.30", "eks.8");
        a.role("r", Trust.policy(Trust.irsa(ACCT, missing.issuerHostPath(), Trust.subject("a", "b"))));
        fleet.account("222222222222", EAST).provider(cross.issuerHostPath());

        ClusterScalabilityRow m = compare(fleet, missing).row(ClusterScalabilityRow.class);
        ClusterScalabilityRow x = compare(fleet, cross).row(ClusterScalabilityRow.class);

        assertThat(m.providerPresent()).isFalse();
        assertThat(m.verdictText()).isEqualTo("IRSA is broken here: the provider is missing");
        assertThat(x.otherProviderAccounts()).containsExactly("222222222222");
        assertThat(x.irsaFact()).isEqualTo("No IAM OIDC provider in this account (cross-account in 222222222222); the account uses 0 of 100 providers");
    }

    @Test
    void keepsIrsaFirstForAServiceAccountWhoseIrsaProviderIsMissing() {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(ACCT, EAST);
        EksCluster c = a.cluster("prod", EAST, "1.30", "eks.8");
        a.agent(c);
        String both = a.role("both", Trust.policy(Trust.irsa(ACCT, c.issuerHostPath(), Trust.subject("api", "server")), Trust.podIdentity()));
        String pi = a.role("pi", Trust.policy(Trust.podIdentity()));
        a.association(c, "api", "server", both);
        a.association(c, "jobs", "runner", pi);

        List<ServiceAccountRow> matrix = compare(fleet, c).matrix();

        assertThat(matrix).extracting(ServiceAccountRow::namespace, ServiceAccountRow::status).containsExactly(
                tuple("api", MatrixStatus.BOTH_IRSA_WINS), tuple("jobs", MatrixStatus.POD_IDENTITY_ONLY));
        assertThat(matrix.getFirst().note()).contains("OIDC provider is missing");
    }
}
