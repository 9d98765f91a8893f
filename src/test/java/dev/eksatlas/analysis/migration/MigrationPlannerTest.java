package dev.eksatlas.analysis.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.Trust;
import dev.eksatlas.analysis.comparison.ClusterComparator;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.linkage.FleetLinker;
import dev.eksatlas.analysis.trust.PodIdentityTrust;
import dev.eksatlas.analysis.trust.TrustPolicyClassifier;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.IamRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationPlannerTest {
    private static final String ACCT = "111111111111";
    private static final String EAST = "us-east-1";
    private final ObjectMapper mapper = new ObjectMapper();

    private static List<MigrationPlan> plans(Fleet fleet, EksCluster cluster) {
        FleetIndex index = FleetIndex.build(fleet.snapshots(), new TrustPolicyClassifier());
        ClusterLink link = new FleetLinker(index).link(cluster);
        return new MigrationPlanner(index).plan(link, new ClusterComparator(index).compare(link));
    }

    private List<String> sids(String policy) throws Exception {
        List<String> sids = new ArrayList<>();
        mapper.readTree(policy).get("Statement").forEach(s -> sids.add(s.path("Sid").asText("-")));
        return sids;
    }

    @Test
    void plansEveryStepWithExactCommandsAndPolicies() throws Exception {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(ACCT, EAST);
        EksCluster c = a.cluster("prod", EAST, "1.30", "eks.8");
        a.provider(c.issuerHostPath());
        String original = Trust.policy(Trust.irsa(ACCT, c.issuerHostPath(), Trust.subject("web", "frontend")));
        String role = a.role("web", original);

        MigrationPlan plan = plans(fleet, c).getFirst();

        assertThat(plan.status()).isEqualTo(PlanStatus.READY);
        assertThat(plan.roleArn()).isEqualTo(role);
        assertThat(plan.steps()).extracting(MigrationStep::kind).containsExactly(StepKind.INSTALL_AGENT, StepKind.ADD_POD_IDENTITY_TRUST,
                StepKind.CREATE_ASSOCIATION, StepKind.SWITCH_WORKLOAD, StepKind.REMOVE_IRSA_TRUST);
        assertThat(plan.steps()).extracting(MigrationStep::order).containsExactly(1, 2, 3, 4, 5);
        assertThat(plan.step(StepKind.INSTALL_AGENT).command())
                .isEqualTo("aws eks create-addon --cluster-name prod --addon-name eks-pod-identity-agent --region us-east-1");

        PolicyEdit add = plan.step(StepKind.ADD_POD_IDENTITY_TRUST).policy();
        assertThat(add.addedStatement()).isEqualTo(PodIdentityTrust.RECOMMENDED_STATEMENT);
        JsonNode added = mapper.readTree(add.resultingPolicy());
        assertThat(added.get("Statement").get(0)).isEqualTo(mapper.readTree(original).get("Statement").get(0));
        assertThat(added.get("Statement").get(1)).isEqualTo(mapper.readTree(PodIdentityTrust.RECOMMENDED_STATEMENT));
        assertThat(add.resultingSize()).isEqualTo(IamRole.policySize(original) + IamRole.policySize(PodIdentityTrust.RECOMMENDED_STATEMENT) + 1);
        assertThat(plan.step(StepKind.ADD_POD_IDENTITY_TRUST).command())
                .isEqualTo("aws iam update-assume-role-policy --role-name web --policy-document file://trust-web.json");

        assertThat(plan.step(StepKind.CREATE_ASSOCIATION).command()).isEqualTo("aws eks create-pod-identity-association --cluster-name prod "
                + "--namespace web --service-account frontend --role-arn " + role + " --region us-east-1");
        assertThat(plan.step(StepKind.SWITCH_WORKLOAD).command()).startsWith("kubectl annotate serviceaccount frontend -n web eks.amazonaws.com/role-arn-");

        PolicyEdit remove = plan.step(StepKind.REMOVE_IRSA_TRUST).policy();
        assertThat(remove.removed()).isEqualTo("statement #1");
        assertThat(sids(remove.resultingPolicy())).containsExactly("AllowEksAuthToAssumeRoleForPodIdentity");
    }

    @Test
    void removesOnlyThisClustersStatementFromASharedRoleAndWarns() throws Exception {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(ACCT, EAST);
        EksCluster prod = a.cluster("prod", EAST, "1.30", "eks.8");
        EksCluster stage = a.cluster("stage", EAST, "1.30", "eks.8");
        a.provider(prod.issuerHostPath()).provider(stage.issuerHostPath()).agent(prod);
        a.role("logs", Trust.policy(
                Trust.irsa(ACCT, prod.issuerHostPath(), Trust.subject("logging", "fluent-bit")),
                Trust.irsa(ACCT, stage.issuerHostPath(), Trust.subject("logging", "fluent-bit"))));

        MigrationPlan plan = plans(fleet, prod).getFirst();

        assertThat(plan.status()).isEqualTo(PlanStatus.READY_WITH_WARNINGS);
        assertThat(plan.notes(PlanNote.Kind.WARNING)).extracting(PlanNote::code).containsExactly("SHARED_ROLE");
        assertThat(plan.notes(PlanNote.Kind.WARNING).getFirst().text()).contains("(stage)");
        assertThat(plan.step(StepKind.INSTALL_AGENT)).isNull();
        String after = plan.step(StepKind.REMOVE_IRSA_TRUST).policy().resultingPolicy();
        assertThat(after).contains(stage.issuerHostPath()).doesNotContain(prod.issuerHostPath());
        assertThat(mapper.readTree(after).get("Statement")).hasSize(2);
    }

    @Test
    void removesOneValueFromASubjectArrayAndKeepsTheOthers() throws Exception {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(ACCT, EAST);
        EksCluster c = a.cluster("prod", EAST, "1.30", "eks.8");
        a.provider(c.issuerHostPath()).agent(c);
        a.role("jobs", Trust.policy(Trust.irsa(ACCT, c.issuerHostPath(), Trust.subject("jobs", "a"), Trust.subject("jobs", "b"))));

        List<MigrationPlan> plans = plans(fleet, c);

        assertThat(plans).extracting(p -> p.serviceAccount().serviceAccount()).containsExactly("a", "b");
        PolicyEdit remove = plans.getFirst().step(StepKind.REMOVE_IRSA_TRUST).policy();
        assertThat(remove.removed()).isEqualTo("\"system:serviceaccount:jobs:a\" from statement #1");
        JsonNode sub = mapper.readTree(remove.resultingPolicy()).get("Statement").get(0).get("Condition").get("StringEquals")
                .get(c.issuerHostPath() + ":sub");
        assertThat(sub.toString()).isEqualTo("[\"system:serviceaccount:jobs:b\"]");
        assertThat(plans.getFirst().notes(PlanNote.Kind.HINT)).extracting(PlanNote::code).containsExactly("SESSION_TAGS");
    }

    @Test
    void blocksServiceAccountsWhosePodsRunOnFargate() {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(ACCT, EAST);
        EksCluster c = a.cluster("prod", EAST, "1.30", "eks.8");
        a.provider(c.issuerHostPath()).agent(c).fargate(c, "serverless", "batch");
        a.role("batch", Trust.policy(Trust.irsa(ACCT, c.issuerHostPath(), Trust.subject("batch", "runner"))));

        MigrationPlan plan = plans(fleet, c).getFirst();

        assertThat(plan.status()).isEqualTo(PlanStatus.BLOCKED);
        assertThat(plan.notes(PlanNote.Kind.BLOCKER)).extracting(PlanNote::code).containsExactly("FARGATE");
    }

    @Test
    void blocksEveryPlanOfAnUnsupportedCluster() {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(ACCT, EAST);
        EksCluster c = a.cluster("old", EAST, "1.23", "eks.9");
        a.provider(c.issuerHostPath()).agent(c);
        a.role("r", Trust.policy(Trust.irsa(ACCT, c.issuerHostPath(), Trust.subject("a", "b"))));

        assertThat(plans(fleet, c)).singleElement().extracting(MigrationPlan::status).isEqualTo(PlanStatus.BLOCKED);
    }

    @Test
    void marksStepsTheScanShowsAreDone() {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(ACCT, EAST);
        EksCluster c = a.cluster("prod", EAST, "1.30", "eks.8");
        a.provider(c.issuerHostPath()).agent(c);
        String role = a.role("mixed", Trust.policy(Trust.irsa(ACCT, c.issuerHostPath(), Trust.subject("web", "frontend")), Trust.podIdentity()));
        a.association(c, "web", "frontend", role);

        MigrationPlan plan = plans(fleet, c).getFirst();

        assertThat(plan.step(StepKind.ADD_POD_IDENTITY_TRUST).done()).isTrue();
        assertThat(plan.step(StepKind.CREATE_ASSOCIATION).done()).isTrue();
        assertThat(plan.step(StepKind.SWITCH_WORKLOAD).done()).isFalse();
        assertThat(plan.step(StepKind.REMOVE_IRSA_TRUST).policy().removed()).isEqualTo("statement #1");
    }

    @Test
    void keepsAnExistingAssociationWhoseRoleOnlyLacksTheTrust() {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(ACCT, EAST);
        EksCluster c = a.cluster("prod", EAST, "1.30", "eks.8");
        a.provider(c.issuerHostPath()).agent(c);
        String role = a.role("web", Trust.policy(Trust.irsa(ACCT, c.issuerHostPath(), Trust.subject("web", "frontend"))));
        a.association(c, "web", "frontend", role);

        MigrationPlan plan = plans(fleet, c).getFirst();

        assertThat(plan.step(StepKind.ADD_POD_IDENTITY_TRUST).done()).isFalse();
        assertThat(plan.step(StepKind.CREATE_ASSOCIATION).command()).isNull();
        assertThat(plan.step(StepKind.CREATE_ASSOCIATION).detail()).contains("works once the role trusts Pod Identity");
        assertThat(plan.notes(PlanNote.Kind.WARNING)).isEmpty();
    }

    @Test
    void warnsWhenTheNewStatementNeedsARaisedQuota() {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(ACCT, EAST);
        EksCluster c = a.cluster("prod", EAST, "1.30", "eks.8");
        a.provider(c.issuerHostPath()).agent(c);
        List<String> statements = new ArrayList<>();
        statements.add(Trust.irsa(ACCT, c.issuerHostPath(), Trust.subject("payments", "api"), Trust.subject("payments", "api-canary")));
        for (String other : List.of("B", "C", "D")) {
            statements.add(Trust.irsa(ACCT, Fleet.issuer(EAST, other), Trust.subject("payments", "api"), Trust.subject("payments", "api-canary")));
        }
        a.role("payments", Trust.policy(statements.toArray(String[]::new)));

        MigrationPlan plan = plans(fleet, c).getFirst();

        assertThat(plan.step(StepKind.ADD_POD_IDENTITY_TRUST).policy().overDefaultLimit()).isTrue();
        assertThat(plan.notes(PlanNote.Kind.WARNING)).extracting(PlanNote::code).contains("TRUST_POLICY_QUOTA");
    }

    @Test
    void chainsToARoleInAnotherAccountThroughATargetRole() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(ACCT, EAST);
        EksCluster c = prod.cluster("prod", EAST, "1.30", "eks.8");
        prod.agent(c);
        Fleet.Account data = fleet.account("222222222222", EAST);
        data.provider(c.issuerHostPath());
        String reader = data.role("reader", Trust.policy(Trust.irsa("222222222222", c.issuerHostPath(), Trust.subject("etl", "reader"))));

        MigrationPlan plan = plans(fleet, c).getFirst();

        assertThat(plan.notes(PlanNote.Kind.WARNING)).extracting(PlanNote::code).containsExactly("CROSS_ACCOUNT_ROLE");
        assertThat(plan.step(StepKind.CREATE_ASSOCIATION).command()).isEqualTo("aws eks create-pod-identity-association --cluster-name prod "
                + "--namespace etl --service-account reader --role-arn arn:aws:iam::" + ACCT + ":role/reader-pod-identity --target-role-arn "
                + reader + " --region us-east-1");
        assertThat(plan.step(StepKind.ADD_POD_IDENTITY_TRUST).policy().addedStatement()).contains("arn:aws:iam::" + ACCT + ":role/reader-pod-identity");
    }

    @Test
    void addsAScopedStatementToARoleWhoseTrustIsScopedByRequestTags() {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(ACCT, EAST);
        EksCluster c = a.cluster("prod", EAST, "1.30", "eks.8");
        a.provider(c.issuerHostPath()).agent(c);
        a.role("api", Trust.policy(Trust.irsa(ACCT, c.issuerHostPath(), Trust.subject("api", "server")), Trust.podIdentityForNamespace("web")));

        PolicyEdit add = plans(fleet, c).getFirst().step(StepKind.ADD_POD_IDENTITY_TRUST).policy();

        assertThat(add.addedStatement()).contains("\"aws:RequestTag/kubernetes-namespace\":\"api\"",
                "\"aws:RequestTag/kubernetes-service-account\":\"server\"", "\"aws:RequestTag/eks-cluster-arn\":\"" + c.arn() + "\"");
    }
}
