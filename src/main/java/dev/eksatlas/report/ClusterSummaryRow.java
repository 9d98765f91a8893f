package dev.eksatlas.report;

import dev.eksatlas.analysis.ClusterAnalysis;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.comparison.AgentStatus;
import dev.eksatlas.analysis.comparison.Readiness;
import dev.eksatlas.analysis.comparison.SupportedVersionsRow;
import dev.eksatlas.domain.EksCluster;

/**
 * One cluster of the fleet at a glance: its identity, how its workloads get credentials (IRSA roles,
 * Pod Identity associations), whether the Pod Identity agent is there, its readiness verdict and
 * how many findings concern it.
 *
 * @param irsaRoles      roles with an active grant for the cluster's issuer
 * @param associations   its Pod Identity associations
 * @param agentVersion   the {@code eks-pod-identity-agent} add-on's version, or null
 * @param findings       findings about the cluster, its roles and providers
 * @param highFindings   of those, HIGH ones
 */
public record ClusterSummaryRow(Provenance provenance, EksCluster cluster, int irsaRoles, int associations, AgentStatus agent,
                                String agentVersion, Readiness readiness, int findings, int highFindings) {

    public static ClusterSummaryRow of(Provenance provenance, ClusterAnalysis analysis) {
        SupportedVersionsRow versions = analysis.comparison().row(SupportedVersionsRow.class);
        int high = (int) analysis.findings().stream().filter(f -> f.severity() == Severity.HIGH).count();
        return new ClusterSummaryRow(provenance, analysis.cluster(), analysis.link().irsaRoleArns().size(),
                analysis.link().associations().size(), versions.agent(), versions.agentVersion(), analysis.readiness().verdict(),
                analysis.findings().size(), high);
    }

    public String clusterArn() {
        return cluster.arn();
    }
}
