package dev.eksatlas.simulator.fleet;

import dev.eksatlas.domain.AccountSnapshot;
import java.util.Map;

/**
 * One simulated AWS account: its short name ({@code prod}), the profile name written for it
 * ({@code demo-prod}), its static access key, its home region, and everything in it as the scanner
 * should find it ({@link #snapshot()}, the ground truth) plus what DescribeCluster shows besides
 * ({@link #infrastructure()}, by cluster ARN).
 */
public record SimulatedAccount(
        String name,
        String profile,
        String accessKeyId,
        String secretAccessKey,
        String homeRegion,
        AccountSnapshot snapshot,
        Map<String, ClusterInfrastructure> infrastructure) {

    public SimulatedAccount {
        infrastructure = Map.copyOf(infrastructure);
    }

    public String accountId() {
        return snapshot.accountId();
    }

    public String alias() {
        return snapshot.account().alias();
    }
}
