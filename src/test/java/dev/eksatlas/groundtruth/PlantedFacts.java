package dev.eksatlas.groundtruth;

import dev.eksatlas.analysis.ClusterAnalysis;
import dev.eksatlas.analysis.RoleSummary;
import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.comparison.AgentStatus;
import dev.eksatlas.analysis.comparison.ClusterScalabilityRow;
import dev.eksatlas.analysis.comparison.MatrixStatus;
import dev.eksatlas.analysis.comparison.Readiness;
import dev.eksatlas.analysis.comparison.RoleReusabilityRow;
import dev.eksatlas.analysis.comparison.ServiceAccountRow;
import dev.eksatlas.analysis.comparison.SupportedVersionsRow;
import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.analysis.linkage.AssociationLink;
import dev.eksatlas.analysis.linkage.ProviderStatus;
import dev.eksatlas.analysis.trust.TrustPolicyClassifier;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.PodIdentityAssociation;
import dev.eksatlas.groundtruth.PlantedSituationsContract.Key;
import dev.eksatlas.groundtruth.PlantedSituationsContract.Observed;
import dev.eksatlas.report.AssociationReport;
import dev.eksatlas.report.ClusterReport;
import dev.eksatlas.report.Column;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.simulator.fleet.PlantedSituation;
import dev.eksatlas.simulator.fleet.SituationKind;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * How the analysis (or a report the user sees) shows planted situations that have no finding of
 * their own, and what findings planted situations imply without naming them. Each fact gives the
 * keys found; {@code expected} turns a planted situation into the key it should produce.
 */
final class PlantedFacts {
    private PlantedFacts() {
    }

    record Fact(BiFunction<Observed, SituationKind, List<Key>> found, BiFunction<Observed, PlantedSituation, Key> expected) {
        Fact(BiFunction<Observed, SituationKind, List<Key>> found) {
            this(found, (o, s) -> Key.expectedFact(s.kind(), s));
        }
    }

    private static final Map<String, Fact> FACTS = Map.ofEntries(
            Map.entry("matrix mode", new Fact((o, kind) -> clusters(o, c -> mode(c) == kind, kind))),
            Map.entry("readiness blocked", new Fact((o, kind) -> clusters(o, c -> c.readiness().verdict() == Readiness.BLOCKED, kind))),
            Map.entry("no provider in the cluster's account", new Fact((o, kind) ->
                    clusters(o, c -> !c.comparison().row(ClusterScalabilityRow.class).providerInClusterAccount(), kind))),
            Map.entry("agent built in", new Fact((o, kind) ->
                    clusters(o, c -> c.comparison().row(SupportedVersionsRow.class).agent() == AgentStatus.BUILT_IN, kind))),
            Map.entry("clusters report logs audit", new Fact(PlantedFacts::auditLogsInClustersReport)),
            Map.entry("target role linked in another account", new Fact(PlantedFacts::crossAccountTargets)),
            Map.entry("associations report owner", new Fact(PlantedFacts::ownedInAssociationsReport)),
            Map.entry("session tags disabled per cluster", new Fact(PlantedFacts::sessionTagsDisabled,
                    (o, s) -> new Key(s.kind().name(), s.accountId(), s.region(), s.clusterName(), null))),
            Map.entry("matrix both", new Fact(PlantedFacts::matrixBoth, (o, s) -> {
                PodIdentityAssociation a = association(o, s.resourceArn());
                return new Key(s.kind().name(), s.accountId(), s.region(), s.clusterName(), a.namespace() + "/" + a.serviceAccount());
            })),
            Map.entry("trust scoped by request tags", new Fact(PlantedFacts::scopedByRequestTags)),
            Map.entry("provider not EKS", new Fact((o, kind) -> o.analysis().providers().stream()
                    .filter(p -> p.status() == ProviderStatus.NOT_EKS)
                    .map(p -> new Key(kind.name(), p.provider().accountId(), null, null, p.provider().arn())).toList())));

    private static final Map<FindingCode, Function<Observed, List<Key>>> DERIVED = Map.of(
            FindingCode.OIDC_PROVIDER_MISSING, PlantedFacts::rolesOfClustersWithoutProvider,
            FindingCode.IRSA_AND_POD_IDENTITY, PlantedFacts::rolesOfServiceAccountsOnBoth);

    static Fact fact(String name) {
        Fact f = FACTS.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no fact named '" + name + "'");
        }
        return f;
    }

    static Function<Observed, List<Key>> derived(FindingCode code) {
        Function<Observed, List<Key>> f = DERIVED.get(code);
        if (f == null) {
            throw new IllegalArgumentException("nothing derives " + code.id());
        }
        return f;
    }

    /** How the matrix says a cluster's workloads get credentials, in the generator's terms (null: no workloads). */
    static SituationKind mode(ClusterAnalysis c) {
        List<ServiceAccountRow> rows = c.matrix();
        boolean irsa = rows.stream().anyMatch(r -> !r.irsaRoleArns().isEmpty());
        boolean podIdentity = rows.stream().anyMatch(r -> r.associationRoleArn() != null);
        boolean both = rows.stream().anyMatch(r -> r.associationRoleArn() != null
                && (!r.irsaRoleArns().isEmpty() || !r.wildcardRoleArns().isEmpty()));
        if (podIdentity) {
            return !irsa ? SituationKind.CLUSTER_POD_IDENTITY_ONLY : both ? SituationKind.CLUSTER_MIGRATING : SituationKind.CLUSTER_MIXED;
        }
        return irsa ? SituationKind.CLUSTER_IRSA_ONLY : null;
    }

    private static List<Key> clusters(Observed o, Predicate<ClusterAnalysis> test, SituationKind kind) {
        return o.clusters().filter(test).map(c -> clusterKey(kind, c.cluster(), c.cluster().arn())).toList();
    }

    private static Key clusterKey(SituationKind kind, EksCluster c, String resource) {
        return new Key(kind.name(), c.accountId(), c.region(), c.name(), resource);
    }

    private static List<Key> auditLogsInClustersReport(Observed o, SituationKind kind) {
        Column<EksCluster> logs = column(ClusterReport.definition(), "logging_types");
        return o.scanned().stream().flatMap(s -> s.clusters().stream())
                .filter(c -> Arrays.asList(logs.display(c).split("; ")).contains("audit"))
                .map(c -> clusterKey(kind, c, c.arn())).toList();
    }

    private static List<Key> ownedInAssociationsReport(Observed o, SituationKind kind) {
        Column<PodIdentityAssociation> owner = column(AssociationReport.definition(), "owner_arn");
        return o.scanned().stream().flatMap(s -> s.associations().stream())
                .filter(a -> !owner.display(a).isEmpty())
                .map(a -> new Key(kind.name(), a.accountId(), a.region(), a.clusterName(), a.associationArn())).toList();
    }

    private static List<Key> crossAccountTargets(Observed o, SituationKind kind) {
        return o.clusters().flatMap(c -> c.link().associations().stream()
                        .filter(al -> al.targetRole() != null && !al.targetRole().role().accountId().equals(c.cluster().accountId()))
                        .map(AssociationLink::association))
                .map(a -> new Key(kind.name(), a.accountId(), a.region(), a.clusterName(), a.associationArn())).toList();
    }

    private static List<Key> sessionTagsDisabled(Observed o, SituationKind kind) {
        return o.clusters().flatMap(c -> Collections.nCopies(c.comparison().row(RoleReusabilityRow.class).sessionTagsDisabled(),
                clusterKey(kind, c.cluster(), null)).stream()).toList();
    }

    /** Both, IRSA first; on Fargate the more telling status is that the association gives those pods nothing. */
    private static List<Key> matrixBoth(Observed o, SituationKind kind) {
        return o.clusters().flatMap(c -> c.matrix().stream()
                .filter(r -> r.status() == MatrixStatus.BOTH_IRSA_WINS || r.status() == MatrixStatus.ASSOCIATION_ON_FARGATE && !r.irsaRoleArns().isEmpty())
                .map(r -> clusterKey(kind, c.cluster(), r.namespace() + "/" + r.serviceAccount()))).toList();
    }

    private static List<Key> scopedByRequestTags(Observed o, SituationKind kind) {
        TrustPolicyClassifier classifier = new TrustPolicyClassifier();
        return o.analysis().roles().stream().map(RoleSummary::role)
                .filter(r -> classifier.classify(r.trustPolicy()).podIdentity().scopedByRequestTags())
                .map(r -> new Key(kind.name(), r.accountId(), null, null, r.arn())).toList();
    }

    /** Each role of the ground truth whose trust names the provider of a cluster planted without one. */
    private static List<Key> rolesOfClustersWithoutProvider(Observed o) {
        List<IamRole> roles = truth(o).flatMap(s -> s.roles().stream()).toList();
        return o.planted(SituationKind.CLUSTER_WITHOUT_OIDC_PROVIDER).stream().flatMap(s -> {
            EksCluster c = cluster(o, s.resourceArn());
            String principal = ":oidc-provider/" + c.issuerHostPath() + "\"";
            return roles.stream().filter(r -> r.trustPolicy().contains(principal))
                    .map(r -> new Key(FindingCode.OIDC_PROVIDER_MISSING.id(), r.accountId(), c.region(), c.name(), r.arn()));
        }).toList();
    }

    /** The roles of the associations planted as "on both": they trust the issuer and Pod Identity. */
    private static List<Key> rolesOfServiceAccountsOnBoth(Observed o) {
        return o.planted(SituationKind.SERVICE_ACCOUNT_ON_BOTH).stream()
                .map(s -> association(o, s.resourceArn()).roleArn()).distinct()
                .map(role -> new Key(FindingCode.IRSA_AND_POD_IDENTITY.id(), accountOf(role), Finding.GLOBAL, null, role)).toList();
    }

    private static Stream<AccountSnapshot> truth(Observed o) {
        return o.fleet().snapshots().stream();
    }

    private static PodIdentityAssociation association(Observed o, String arn) {
        return truth(o).flatMap(s -> s.associations().stream()).filter(a -> a.associationArn().equals(arn)).findFirst().orElseThrow();
    }

    private static EksCluster cluster(Observed o, String arn) {
        return truth(o).flatMap(s -> s.clusters().stream()).filter(c -> c.arn().equals(arn)).findFirst().orElseThrow();
    }

    private static String accountOf(String roleArn) {
        return roleArn.split(":")[4];
    }

    private static <R> Column<R> column(ReportDefinition<R> report, String id) {
        return report.column(id).orElseThrow(() -> new IllegalStateException(report.name() + " has no column " + id));
    }

}
