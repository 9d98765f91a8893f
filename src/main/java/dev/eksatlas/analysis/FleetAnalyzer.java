package dev.eksatlas.analysis;

import dev.eksatlas.analysis.comparison.ClusterComparator;
import dev.eksatlas.analysis.comparison.ClusterComparison;
import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.analysis.findings.FindingOrder;
import dev.eksatlas.analysis.findings.FleetFindings;
import dev.eksatlas.analysis.linkage.ClusterKey;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.linkage.FleetLinker;
import dev.eksatlas.analysis.linkage.ProviderSummary;
import dev.eksatlas.analysis.linkage.RoleAnalysis;
import dev.eksatlas.analysis.migration.MigrationPlanner;
import dev.eksatlas.analysis.trust.TrustPolicyClassifier;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one entry point of the analysis: from the latest snapshot of each account to findings,
 * per-cluster comparisons and migration plans, role and provider summaries. Pure: the same
 * snapshots always give an equal result.
 */
public final class FleetAnalyzer {
    private FleetAnalyzer() {
    }

    public static FleetAnalysis analyze(List<AccountSnapshot> snapshots) {
        FleetIndex index = FleetIndex.build(snapshots, new TrustPolicyClassifier());
        List<ClusterLink> links = new FleetLinker(index).linkAll();
        List<ProviderSummary> providers = ProviderSummary.of(index);
        List<Finding> findings = new FleetFindings().collect(index, links, providers);
        ClusterComparator comparator = new ClusterComparator(index);
        MigrationPlanner planner = new MigrationPlanner(index);
        FindingsByPlace places = new FindingsByPlace(findings);
        List<ClusterAnalysis> clusters = links.parallelStream().map(link -> {
            ClusterComparison comparison = comparator.compare(link);
            return new ClusterAnalysis(link, comparison, places.forCluster(link), planner.plan(link, comparison));
        }).toList();
        return new FleetAnalysis(clusters, findings, roleSummaries(index), providers);
    }

    private static List<RoleSummary> roleSummaries(FleetIndex index) {
        Map<String, Integer> uses = new HashMap<>();
        for (AccountSnapshot s : index.snapshots()) {
            for (PodIdentityAssociation a : s.associations()) {
                uses.merge(a.roleArn(), 1, Integer::sum);
                if (a.targetRoleArn() != null) {
                    uses.merge(a.targetRoleArn(), 1, Integer::sum);
                }
            }
        }
        List<RoleSummary> out = new ArrayList<>();
        for (RoleAnalysis r : index.roles()) {
            Set<String> issuers = r.trust().activeIssuerKeys();
            List<String> clusters = issuers.stream().flatMap(i -> index.clustersWithIssuer(i).stream()).map(EksCluster::arn).sorted().toList();
            out.add(new RoleSummary(r.role(), r.trust().size(), r.trust().irsa(), clusters, issuers.size(),
                    r.trust().podIdentity().trusted(), uses.getOrDefault(r.arn(), 0)));
        }
        return out;
    }

    /** Findings indexed by where they are, to give each cluster its own and those of the roles and providers it uses. */
    private static final class FindingsByPlace {
        private final Map<ClusterKey, List<Finding>> byCluster = new HashMap<>();
        private final Map<String, List<Finding>> unplacedByResource = new HashMap<>();

        FindingsByPlace(List<Finding> findings) {
            for (Finding f : findings) {
                if (f.cluster() != null) {
                    byCluster.computeIfAbsent(new ClusterKey(f.accountId(), f.region(), f.cluster()), k -> new ArrayList<>()).add(f);
                } else if (f.resourceArn() != null) {
                    unplacedByResource.computeIfAbsent(f.resourceArn(), k -> new ArrayList<>()).add(f);
                }
            }
        }

        List<Finding> forCluster(ClusterLink link) {
            Set<Finding> out = new LinkedHashSet<>(byCluster.getOrDefault(link.key(), List.of()));
            Set<String> resources = new LinkedHashSet<>();
            link.activeGrants().forEach(g -> resources.add(g.roleArn()));
            link.associations().forEach(a -> {
                resources.add(a.association().roleArn());
                if (a.association().targetRoleArn() != null) {
                    resources.add(a.association().targetRoleArn());
                }
            });
            link.providers().stream().map(OidcProvider::arn).forEach(resources::add);
            resources.forEach(r -> out.addAll(unplacedByResource.getOrDefault(r, List.of())));
            return out.stream().sorted(FindingOrder.ORDER).toList();
        }
    }
}
