package dev.eksatlas.analysis;

import dev.eksatlas.analysis.comparison.ClusterComparison;
import dev.eksatlas.analysis.comparison.PodIdentityReadiness;
import dev.eksatlas.analysis.comparison.ServiceAccountRow;
import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.analysis.migration.MigrationPlan;
import dev.eksatlas.domain.EksCluster;
import java.util.List;

/**
 * Everything about one cluster: how it links to providers, roles and associations; its six-row
 * comparison, readiness and service-account matrix; its findings (its own, and those of the roles
 * and providers it uses); and a migration plan per IRSA service account.
 */
public record ClusterAnalysis(ClusterLink link, ClusterComparison comparison, List<Finding> findings, List<MigrationPlan> plans) {

    public ClusterAnalysis {
        findings = List.copyOf(findings);
        plans = List.copyOf(plans);
    }

    public EksCluster cluster() {
        return link.cluster();
    }

    public PodIdentityReadiness readiness() {
        return comparison.readiness();
    }

    public List<ServiceAccountRow> matrix() {
        return comparison.matrix();
    }
}
