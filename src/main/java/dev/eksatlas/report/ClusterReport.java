package dev.eksatlas.report;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import java.util.List;

/** {@code clusters}: each cluster as DescribeCluster showed it (the raw facts, no verdicts). */
public final class ClusterReport {
    public static final String NAME = "clusters";

    private ClusterReport() {
    }

    public static ReportDefinition<EksCluster> definition() {
        return new ReportDefinition<>(NAME, "EKS clusters as DescribeCluster showed them", List.of(
                Column.<EksCluster>text("region", "Region", EksCluster::region),
                Column.<EksCluster>text("cluster", "Cluster", EksCluster::name),
                Column.<EksCluster>text("cluster_arn", "Cluster ARN", EksCluster::arn),
                Column.<EksCluster>text("kubernetes_version", "Kubernetes version", EksCluster::version),
                Column.<EksCluster>text("platform_version", "Platform version", EksCluster::platformVersion),
                Column.<EksCluster>text("status", "Status", EksCluster::status),
                Column.<EksCluster>text("oidc_issuer", "OIDC issuer", EksCluster::oidcIssuer),
                Column.<EksCluster>text("authentication_mode", "Authentication mode", EksCluster::authenticationMode),
                Column.<EksCluster>bool("auto_mode", "Auto Mode", EksCluster::autoMode),
                Column.<EksCluster>text("logging_types", "Control plane logs", EksCluster::loggingTypesEnabled),
                Column.<EksCluster>instant("created_at", "Created", EksCluster::createdAt),
                Column.<EksCluster>text("tags", "Tags", EksCluster::tags)),
                Orders.<EksCluster, String>by(EksCluster::accountId)
                        .thenComparing(Orders.by(EksCluster::region))
                        .thenComparing(Orders.by(EksCluster::name))
                        .thenComparing(Orders.by(EksCluster::arn)));
    }

    public static Report<Sourced<EksCluster>> report() {
        return SnapshotReport.of(definition(), AccountSnapshot::clusters,
                (c, scope) -> scope.includesCluster(c.accountId(), c.region(), c.name()));
    }
}
