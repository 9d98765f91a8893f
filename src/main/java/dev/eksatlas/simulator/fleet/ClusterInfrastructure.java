package dev.eksatlas.simulator.fleet;

import java.util.List;

/**
 * What DescribeCluster shows beyond {@link dev.eksatlas.domain.EksCluster}: the cluster and node IAM
 * roles (both exist in the account's roles), networking, endpoint and support type.
 */
public record ClusterInfrastructure(
        String clusterRoleArn,
        String nodeRoleArn,
        String vpcId,
        List<String> subnetIds,
        String clusterSecurityGroupId,
        String endpoint,
        String certificateAuthorityData,
        String serviceIpv4Cidr,
        String supportType) {

    public ClusterInfrastructure {
        subnetIds = List.copyOf(subnetIds);
    }
}
