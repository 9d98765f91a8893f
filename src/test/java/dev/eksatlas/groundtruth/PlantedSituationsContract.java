package dev.eksatlas.groundtruth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.ClusterAnalysis;
import dev.eksatlas.analysis.FleetAnalysis;
import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.PlantedSituation;
import dev.eksatlas.simulator.fleet.SituationKind;
import dev.eksatlas.testing.AsScanned;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The analysis of a generated fleet, as a scan would store it, finds exactly what the generator
 * planted: for each {@link SituationKind} with a finding code, the findings of that code are the
 * planted situations, one for one (nothing missing, nothing extra); for each kind without one, the
 * matrix, readiness, comparison or report fact that shows it; and every other finding is explained
 * by what was planted. Subclasses name the fleet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PlantedSituationsContract {
    /** Kinds whose counterpart is one finding code; the finding's key must equal the situation's. */
    static final String FINDING_FOR_KIND = """
            CLUSTER_BELOW_POD_IDENTITY_MINIMUM      | pod-identity-unsupported-version
            POD_IDENTITY_AGENT_MISSING              | pod-identity-agent-missing
            POD_IDENTITY_AGENT_DEGRADED             | pod-identity-agent-unhealthy
            ADDON_BELOW_TOKEN_REFRESH_MINIMUM       | addon-below-token-refresh-minimum
            FARGATE_PROFILE                         | fargate-limits-pod-identity
            ASSOCIATION_ROLE_DELETED                | association-role-missing
            SERVICE_ACCOUNT_ON_BOTH                 | irsa-shadows-pod-identity
            IRSA_ROLE_SHARED                        | shared-role-needs-per-cluster-trust
            TRUST_POLICY_NEAR_LIMIT                 | trust-policy-near-limit
            TRUST_POLICY_OVER_DEFAULT_LIMIT         | trust-policy-over-default-limit
            TRUST_POLICY_NEAR_MAX_LIMIT             | trust-policy-near-max-limit
            WILDCARD_SUBJECT                        | wildcard-subject
            MISSING_AUDIENCE_CONDITION              | missing-audience-condition
            MISSING_SUBJECT_CONDITION               | no-subject-condition
            NON_EKS_ISSUER_TRUST                    | non-eks-oidc
            POD_IDENTITY_TRUST_WITHOUT_REQUEST_TAGS | pod-identity-unconditioned
            ORPHANED_OIDC_PROVIDER                  | oidc-provider-orphaned
            OIDC_PROVIDERS_AT_QUOTA                 | oidc-provider-quota
            """;

    /** Kinds shown by something other than a finding (see {@link PlantedFacts}). */
    static final String FACT_FOR_KIND = """
            CLUSTER_IRSA_ONLY                       | matrix mode
            CLUSTER_POD_IDENTITY_ONLY               | matrix mode
            CLUSTER_MIXED                           | matrix mode
            CLUSTER_MIGRATING                       | matrix mode
            CLUSTER_BELOW_POD_IDENTITY_MINIMUM      | readiness blocked
            CLUSTER_WITHOUT_OIDC_PROVIDER           | no provider in the cluster's account
            AUTO_MODE_CLUSTER                       | agent built in
            AUDIT_LOGGING_ENABLED                   | clusters report logs audit
            CROSS_ACCOUNT_TARGET_ROLE               | target role linked in another account
            ADDON_OWNED_ASSOCIATION                 | associations report owner
            SESSION_TAGS_DISABLED                   | session tags disabled per cluster
            SERVICE_ACCOUNT_ON_BOTH                 | matrix both
            POD_IDENTITY_TRUST_WITH_REQUEST_TAGS    | trust scoped by request tags
            NON_EKS_OIDC_PROVIDER                   | provider not EKS
            """;

    /** Finding codes no kind names, and what planted data explains them. */
    static final String DERIVED_FINDINGS = """
            oidc-provider-missing | roles naming the issuer of a cluster planted without provider
            irsa-and-pod-identity | roles of service accounts planted on both
            """;

    private Observed observed;

    /** The fleet under test. */
    abstract FleetSpec spec();

    @BeforeAll
    void analyseTheFleetAsScanned() {
        Fleet fleet = Fleet.generate(spec());
        List<AccountSnapshot> scanned = AsScanned.all(fleet.snapshots());
        observed = new Observed(fleet, scanned, FleetAnalyzer.analyze(scanned));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = FINDING_FOR_KIND)
    void findsEachPlantedSituationAsOneFinding(SituationKind kind, String code) {
        FindingCode finding = FindingCode.byId(code);
        List<Key> planted = observed.planted(kind).stream().map(s -> Key.expectedFinding(finding, s)).toList();
        List<Key> found = observed.findings(finding).stream().map(Key::of).toList();

        assertSameMultiset(kind + " as " + code, planted, found);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = FACT_FOR_KIND)
    void showsEachPlantedSituationWithoutAFindingAsAFact(SituationKind kind, String fact) {
        PlantedFacts.Fact shown = PlantedFacts.fact(fact);
        List<Key> planted = observed.planted(kind).stream().map(s -> shown.expected().apply(observed, s)).toList();
        List<Key> found = shown.found().apply(observed, kind);

        assertSameMultiset(kind + " as " + fact, planted, found);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = DERIVED_FINDINGS)
    void findsWhatPlantedSituationsImply(String code, String explanation) {
        FindingCode finding = FindingCode.byId(code);
        List<Key> expected = PlantedFacts.derived(finding).apply(observed);
        List<Key> found = observed.findings(finding).stream().map(Key::of).toList();

        assertSameMultiset(code + " (" + explanation + ")", expected, found);
    }

    @Test
    void reportsNoFindingThatNothingPlanted() {
        Set<String> explained = Stream.concat(column(FINDING_FOR_KIND, 1), column(DERIVED_FINDINGS, 0)).collect(Collectors.toSet());
        Map<String, Long> unexplained = observed.analysis().findings().stream().map(Finding::codeId)
                .filter(code -> !explained.contains(code))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));

        assertThat(unexplained).as("findings of codes no planted situation explains (code -> count)").isEmpty();
    }

    @Test
    void checksEverySituationKind() {
        Set<SituationKind> checked = EnumSet.noneOf(SituationKind.class);
        Stream.concat(column(FINDING_FOR_KIND, 0), column(FACT_FOR_KIND, 0)).map(SituationKind::valueOf).forEach(checked::add);

        assertThat(checked).containsExactlyInAnyOrder(SituationKind.values());
    }

    /** Fails with what was planted but not found and what was found but not planted, both at once. */
    static void assertSameMultiset(String what, Collection<Key> planted, Collection<Key> found) {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(minus(planted, found)).as(what + ": planted but not found").isEmpty();
        softly.assertThat(minus(found, planted)).as(what + ": found but not planted").isEmpty();
        softly.assertAll();
    }

    private static List<Key> minus(Collection<Key> from, Collection<Key> take) {
        List<Key> rest = new ArrayList<>(from);
        take.forEach(rest::remove);
        return rest.stream().sorted().toList();
    }

    private static Stream<String> column(String table, int index) {
        return table.lines().filter(l -> !l.isBlank()).map(l -> l.split("\\|")[index].strip());
    }

    /** The fleet, the snapshots a scan would store, and their analysis. */
    record Observed(Fleet fleet, List<AccountSnapshot> scanned, FleetAnalysis analysis) {

        List<PlantedSituation> planted(SituationKind kind) {
            return fleet.situations(kind);
        }

        List<Finding> findings(FindingCode code) {
            return analysis.findings().stream().filter(f -> f.code() == code).toList();
        }

        Stream<ClusterAnalysis> clusters() {
            return analysis.clusters().stream();
        }
    }

    /** What is compared: a finding code or a situation kind, and where. */
    record Key(String what, String accountId, String region, String cluster, String resource) implements Comparable<Key> {

        static Key of(Finding f) {
            return new Key(f.codeId(), f.accountId(), f.region(), f.cluster(), f.resourceArn());
        }

        /**
         * The finding a situation should give: IAM things are in region {@code global}; the
         * provider quota is reported on the account itself.
         */
        static Key expectedFinding(FindingCode code, PlantedSituation s) {
            String resource = s.kind() == SituationKind.OIDC_PROVIDERS_AT_QUOTA ? "arn:aws:iam::" + s.accountId() + ":root" : s.resourceArn();
            return new Key(code.id(), s.accountId(), s.region() == null ? Finding.GLOBAL : s.region(), s.clusterName(), resource);
        }

        static Key expectedFact(SituationKind kind, PlantedSituation s) {
            return new Key(kind.name(), s.accountId(), s.region(), s.clusterName(), s.resourceArn());
        }

        @Override
        public int compareTo(Key o) {
            return Arrays.compare(fields(), o.fields());
        }

        private String[] fields() {
            return Stream.of(what, accountId, region, cluster, resource).map(v -> v == null ? "" : v).toArray(String[]::new);
        }
    }
}
