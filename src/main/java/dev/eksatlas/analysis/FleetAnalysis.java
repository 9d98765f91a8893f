package dev.eksatlas.analysis;

import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.analysis.linkage.ProviderSummary;
import dev.eksatlas.analysis.migration.MigrationPlan;
import java.util.List;
import java.util.Optional;

/**
 * The analysis of a fleet, in deterministic order: clusters by account, region and name; findings
 * in {@link dev.eksatlas.analysis.findings.FindingOrder#ORDER}; roles by ARN; providers by account
 * and ARN.
 */
public record FleetAnalysis(
        List<ClusterAnalysis> clusters,
        List<Finding> findings,
        List<RoleSummary> roles,
        List<ProviderSummary> providers) {

    public FleetAnalysis {
        clusters = List.copyOf(clusters);
        findings = List.copyOf(findings);
        roles = List.copyOf(roles);
        providers = List.copyOf(providers);
    }

    public Optional<ClusterAnalysis> cluster(String clusterArn) {
        return clusters.stream().filter(c -> clusterArn.equals(c.cluster().arn())).findFirst();
    }

    /** Every cluster's plans, in cluster then matrix order. */
    public List<MigrationPlan> plans() {
        return clusters.stream().flatMap(c -> c.plans().stream()).toList();
    }
}
