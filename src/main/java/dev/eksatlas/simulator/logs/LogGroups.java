package dev.eksatlas.simulator.logs;

import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.simulator.fleet.AccountIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The log groups of one account and region: {@code /aws/eks/<cluster>/cluster} for every cluster that
 * sends any control-plane log type (EKS creates the group with the first type enabled), plus a few
 * Lambda groups so that a prefix really has to filter. In name order, as DescribeLogGroups lists them.
 */
final class LogGroups {
    static final List<String> LAMBDA_GROUPS = List.of("/aws/lambda/cost-reporter", "/aws/lambda/invoice-mailer",
            "/aws/lambda/log-shipper", "/aws/lambda/thumbnailer");

    record LogGroup(String name, String arn, long creationTimeMillis, long storedBytes, EksCluster cluster) {
    }

    private LogGroups() {
    }

    static List<LogGroup> of(AccountIndex account, String region) {
        String prefix = "arn:aws:logs:" + region + ":" + account.account().accountId() + ":log-group:";
        List<LogGroup> groups = new ArrayList<>();
        for (EksCluster c : account.clusters(region)) {
            if (!c.loggingTypesEnabled().isEmpty()) {
                String name = clusterGroup(c.name());
                groups.add(new LogGroup(name, prefix + name + ":*", c.createdAt().toEpochMilli(),
                        (long) c.loggingTypesEnabled().size() * 734_003_200L, c));
            }
        }
        for (String name : LAMBDA_GROUPS) {
            groups.add(new LogGroup(name, prefix + name + ":*", 1_700_000_000_000L, 52_428_800L, null));
        }
        groups.sort(Comparator.comparing(LogGroup::name));
        return groups;
    }

    static Optional<LogGroup> named(AccountIndex account, String region, String name) {
        return of(account, region).stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** EKS sends control-plane logs to {@code /aws/eks/<cluster-name>/cluster}. */
    static String clusterGroup(String clusterName) {
        return "/aws/eks/" + clusterName + "/cluster";
    }
}
