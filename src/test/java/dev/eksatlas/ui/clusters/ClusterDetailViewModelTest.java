package dev.eksatlas.ui.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.ClusterAnalysis;
import dev.eksatlas.analysis.comparison.MatrixStatus;
import dev.eksatlas.analysis.comparison.Readiness;
import dev.eksatlas.analysis.comparison.RowKey;
import dev.eksatlas.analysis.comparison.RowVerdict;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.PlantedSituation;
import dev.eksatlas.simulator.fleet.SituationKind;
import dev.eksatlas.ui.common.ImmediateTaskRunner;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.domain.EksCluster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The side-by-side view of the demo fleet's clusters, checked against what the fleet generator planted. */
class ClusterDetailViewModelTest {
    private static final Fleet FLEET = Fleet.generate(FleetSpec.demo());

    private static ClusterDetailViewModel detail(Locale locale) {
        InventoryModel inventory = new InventoryModel(new ImmediateTaskRunner(), FLEET::snapshots);
        inventory.reload();
        return new ClusterDetailViewModel(inventory, new Messages(locale));
    }

    private static Map<RowKey, ComparisonLine> rows(ClusterDetailViewModel vm) {
        return vm.comparison().stream().collect(Collectors.toMap(ComparisonLine::key, Function.identity()));
    }

    @Test
    void showsTheSixRowsInTheGuidesOrder() {
        ClusterDetailViewModel vm = detail(Locale.ENGLISH);
        String arn = FLEET.snapshots().getFirst().clusters().getFirst().arn();

        assertThat(vm.show(arn)).isTrue();

        assertThat(vm.comparison()).extracting(ComparisonLine::key).containsExactly(RowKey.values());
        assertThat(vm.comparison()).extracting(ComparisonLine::name).containsExactly("Role extensibility", "Cluster scalability",
                "Role scalability", "Role reusability", "Supported environments", "Supported versions");
        assertThat(vm.titleProperty().get()).isEqualTo(FLEET.snapshots().getFirst().clusters().getFirst().name());
    }

    @Test
    void aClusterPlantedWithoutTheAgentShowsItAndNeedsAction() {
        ClusterDetailViewModel vm = detail(Locale.ENGLISH);
        List<PlantedSituation> planted = FLEET.situations(SituationKind.POD_IDENTITY_AGENT_MISSING);
        assertThat(planted).isNotEmpty();
        for (PlantedSituation s : planted) {
            vm.show(s.resourceArn());
            ComparisonLine versions = rows(vm).get(RowKey.SUPPORTED_VERSIONS);
            assertThat(versions.podIdentity()).as(s.clusterName()).contains("no agent add-on");
            assertThat(versions.verdict()).isIn(RowVerdict.NEEDS_ACTION, RowVerdict.BLOCKS_POD_IDENTITY);
            assertThat(vm.readinessReasons()).contains("Install the eks-pod-identity-agent add-on first.");
        }
    }

    @Test
    void aClusterPlantedBelowTheMinimumIsBlockedWithTheUpgradeAsReason() {
        ClusterDetailViewModel vm = detail(Locale.ENGLISH);
        List<PlantedSituation> planted = FLEET.situations(SituationKind.CLUSTER_BELOW_POD_IDENTITY_MINIMUM);
        assertThat(planted).isNotEmpty();
        for (PlantedSituation s : planted) {
            vm.show(s.resourceArn());
            ComparisonLine versions = rows(vm).get(RowKey.SUPPORTED_VERSIONS);
            assertThat(versions.verdict()).isEqualTo(RowVerdict.BLOCKS_POD_IDENTITY);
            assertThat(versions.verdictLabel()).isEqualTo("Blocks Pod Identity");
            assertThat(versions.podIdentity()).contains("not supported");
            assertThat(versions.irsa()).startsWith("Every EKS version: Kubernetes ");
            assertThat(vm.readinessProperty().get()).isEqualTo(Readiness.BLOCKED);
            assertThat(vm.readinessReasons().getFirst()).startsWith("Upgrade first: Kubernetes ");
        }
    }

    @Test
    void aClusterPlantedWithoutItsOidcProviderSaysSo() {
        ClusterDetailViewModel vm = detail(Locale.ENGLISH);
        List<PlantedSituation> planted = FLEET.situations(SituationKind.CLUSTER_WITHOUT_OIDC_PROVIDER);
        assertThat(planted).isNotEmpty();
        for (PlantedSituation s : planted) {
            vm.show(s.resourceArn());
            assertThat(rows(vm).get(RowKey.CLUSTER_SCALABILITY).irsa()).as(s.clusterName()).startsWith("No IAM OIDC provider");
        }
    }

    @Test
    void aClusterWithFargateProfilesFavoursIrsaForThosePods() {
        ClusterDetailViewModel vm = detail(Locale.ENGLISH);
        PlantedSituation s = FLEET.situations(SituationKind.FARGATE_PROFILE).getFirst();
        String arn = FLEET.snapshots().stream().flatMap(a -> a.clusters().stream())
                .filter(c -> c.accountId().equals(s.accountId()) && c.region().equals(s.region()) && c.name().equals(s.clusterName()))
                .findFirst().orElseThrow().arn();

        vm.show(arn);

        ComparisonLine env = rows(vm).get(RowKey.SUPPORTED_ENVIRONMENTS);
        assertThat(env.verdict()).isEqualTo(RowVerdict.FAVOURS_IRSA);
        assertThat(env.irsa()).contains("Fargate profile");
        assertThat(env.podIdentity()).contains("run on Fargate and stay on IRSA");
    }

    @Test
    void aSharedIrsaRoleIsCountedInRoleExtensibility() {
        ClusterDetailViewModel vm = detail(Locale.ENGLISH);
        InventoryModel inventory = new InventoryModel(new ImmediateTaskRunner(), FLEET::snapshots);
        inventory.reload();
        ClusterAnalysis shared = inventory.current().analysis().clusters().stream()
                .filter(c -> c.comparison().rows().getFirst().verdict() == RowVerdict.FAVOURS_POD_IDENTITY).findFirst().orElseThrow();

        vm.show(shared.cluster().arn());

        ComparisonLine ext = rows(vm).get(RowKey.ROLE_EXTENSIBILITY);
        assertThat(ext.irsa()).contains("also trust").contains("one more statement for every new cluster");
        assertThat(ext.verdictText()).startsWith("Pod Identity saves ");
    }

    @Test
    void everyTextOfEveryClusterIsFilledInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            ClusterDetailViewModel vm = detail(locale);
            PlanTexts plans = new PlanTexts(new Messages(locale));
            FLEET.snapshots().stream().flatMap(s -> s.clusters().stream()).forEach(c -> {
                vm.show(c.arn());
                vm.comparison().forEach(line -> assertThat(Arrays.asList(line.name(), line.irsa(), line.podIdentity(), line.verdictLabel(),
                        line.verdictText())).as(locale + " " + c.name() + " " + line.key())
                        .allSatisfy(t -> assertThat(t).isNotBlank().doesNotContain("!").doesNotContain("{")));
                assertThat(vm.readinessReasons()).allSatisfy(t -> assertThat(t).doesNotContain("!").doesNotContain("{"));
                vm.plans().forEach(p -> p.steps().forEach(step -> assertThat(plans.title(step)).doesNotContain("!")));
            });
        }
    }

    @Test
    void koreanRowNamesAreAwsOwnWithTheTwoRoleRowsToldApart() {
        ClusterDetailViewModel vm = detail(Locale.KOREAN);
        vm.show(FLEET.snapshots().getFirst().clusters().getFirst().arn());
        Map<RowKey, ComparisonLine> rows = rows(vm);

        assertThat(rows.get(RowKey.ROLE_EXTENSIBILITY).name()).startsWith("역할 확장성").contains("Role extensibility");
        assertThat(rows.get(RowKey.ROLE_SCALABILITY).name()).startsWith("역할 확장성").contains("Role scalability");
        assertThat(rows.get(RowKey.CLUSTER_SCALABILITY).name()).isEqualTo("클러스터 확장성");
        assertThat(rows.get(RowKey.ROLE_REUSABILITY).name()).isEqualTo("역할 재사용 가능성");
        assertThat(rows.get(RowKey.SUPPORTED_ENVIRONMENTS).name()).isEqualTo("지원되는 환경");
        assertThat(rows.get(RowKey.SUPPORTED_VERSIONS).name()).isEqualTo("지원되는 EKS 버전");
    }

    @Test
    void warnsOfGapsAboutTheClusterOrItsRegionButNotOfOtherRegions() {
        AccountSnapshot account = FLEET.snapshots().getFirst();
        EksCluster cluster = account.clusters().getFirst();
        String otherRegion = account.clusters().stream().map(EksCluster::region).filter(r -> !r.equals(cluster.region()))
                .findFirst().orElse("sa-east-1");
        List<AccountSnapshot> withGaps = new ArrayList<>(FLEET.snapshots());
        withGaps.set(0, withGaps(account, List.of(
                new CoverageGap(account.accountId(), cluster.region(), "eks", "ListAddons", cluster.name(), "AccessDeniedException", "denied"),
                new CoverageGap(account.accountId(), otherRegion, "eks", "ListClusters", null, "AccessDeniedException", "denied"))));
        InventoryModel inventory = new InventoryModel(new ImmediateTaskRunner(), () -> withGaps);
        inventory.reload();
        ClusterDetailViewModel vm = new ClusterDetailViewModel(inventory, new Messages(Locale.ENGLISH));

        vm.show(cluster.arn());

        assertThat(vm.coverageProperty().get().gaps()).extracting(g -> g.row().operation()).containsExactly("ListAddons");
        assertThat(vm.coverageProperty().get().accounts()).containsExactly(account.account().alias() + " (" + account.accountId() + ")");
        vm.show(FLEET.snapshots().get(1).clusters().getFirst().arn());
        assertThat(vm.coverageProperty().get().isEmpty()).isTrue();
    }

    private static AccountSnapshot withGaps(AccountSnapshot s, List<CoverageGap> gaps) {
        return new AccountSnapshot(s.account(), s.profile(), s.regions(), s.startedAt(), s.finishedAt(), s.clusters(), s.oidcProviders(),
                s.roles(), s.associations(), s.addons(), s.fargateProfiles(), s.staleTokens(), gaps, s.apiCalls(), s.run());
    }

    @Test
    void showsNothingForAClusterNotInTheInventory() {
        ClusterDetailViewModel vm = detail(Locale.ENGLISH);

        assertThat(vm.show("arn:aws:eks:us-east-1:000000000000:cluster/gone")).isFalse();

        assertThat(vm.comparison()).isEmpty();
        assertThat(vm.clusterProperty().get()).isNull();
    }

    @Test
    void listsTheMatrixAndFindingsAsTheirReportsRowsWithTheClustersProvenance() {
        ClusterDetailViewModel vm = detail(Locale.ENGLISH);
        PlantedSituation both = FLEET.situations(SituationKind.SERVICE_ACCOUNT_ON_BOTH).getFirst();
        String arn = FLEET.snapshots().stream().flatMap(a -> a.clusters().stream())
                .filter(c -> c.accountId().equals(both.accountId()) && c.region().equals(both.region()) && c.name().equals(both.clusterName()))
                .findFirst().orElseThrow().arn();

        vm.show(arn);

        assertThat(vm.matrix()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.cluster()).isEqualTo(both.clusterName());
            assertThat(r.source().profile()).startsWith("demo-");
        });
        assertThat(vm.matrix()).anyMatch(r -> r.matrix().status() == MatrixStatus.BOTH_IRSA_WINS);
        assertThat(vm.findings()).extracting(r -> r.finding().codeId()).contains("irsa-shadows-pod-identity");
        assertThat(vm.planRows()).hasSize(vm.plans().stream().mapToInt(p -> p.steps().size()).sum());
    }

    @Test
    void offersAPlanWithCommandsForEveryIrsaServiceAccount() {
        ClusterDetailViewModel vm = detail(Locale.ENGLISH);
        String irsaOnly = FLEET.situations(SituationKind.CLUSTER_IRSA_ONLY).getFirst().resourceArn();

        vm.show(irsaOnly);

        assertThat(vm.plans()).isNotEmpty();
        assertThat(vm.plans()).allSatisfy(p -> assertThat(p.steps()).anyMatch(s -> s.command() != null && s.command().startsWith("aws ")));
        assertThat(vm.plans()).anySatisfy(p -> assertThat(p.steps()).anyMatch(s -> s.policy() != null
                && s.policy().resultingPolicy().contains("pods.eks.amazonaws.com")));
    }
}
