package dev.eksatlas.simulator.fleet;

import java.util.ArrayList;
import java.util.List;

/** Names that make the fleet read like a real company's: teams, apps, platform controllers. */
final class NamePools {
    static final List<String> TEAMS = List.of("payments", "orders", "checkout", "search", "catalog", "identity",
            "ledger", "notifications", "analytics", "ml-serving", "media", "inventory", "shipping", "pricing",
            "fraud", "reporting", "loyalty", "messaging");
    static final List<String> COMPONENTS = List.of("api", "worker", "consumer", "scheduler", "exporter", "migrator",
            "gateway", "indexer", "sync", "cron", "backfill", "webhook");
    /** Cluster-wide controllers that platform teams give one shared role across clusters. */
    static final List<Workload> PLATFORM = List.of(
            new Workload("kube-system", "cluster-autoscaler"),
            new Workload("external-dns", "external-dns"),
            new Workload("kube-system", "aws-load-balancer-controller"),
            new Workload("logging", "fluent-bit"),
            new Workload("monitoring", "prometheus"),
            new Workload("cert-manager", "cert-manager"),
            new Workload("karpenter", "karpenter"),
            new Workload("monitoring", "thanos-store"),
            new Workload("argocd", "argocd-repo-server"));
    static final List<String> REPOSITORIES = List.of("acme/payments-service", "acme/platform-infra", "acme/web-frontend",
            "acme/data-pipelines", "acme/ml-models", "acme/mobile-backend");
    static final List<String> LAMBDA_APPS = List.of("thumbnailer", "invoice-mailer", "audit-forwarder",
            "slack-notifier", "cost-reporter", "s3-replicator", "log-shipper", "token-rotator");

    private NamePools() {
    }

    /** The team service accounts of the given teams, in random order. */
    static List<Workload> teamWorkloads(Ids ids, List<String> teams) {
        List<Workload> pool = new ArrayList<>(teams.size() * COMPONENTS.size());
        for (String team : teams) {
            for (String component : COMPONENTS) {
                pool.add(new Workload(team, component));
            }
        }
        shuffle(ids, pool);
        return pool;
    }

    /** {@code count} teams of the pool, in random order: the teams that run in one account. */
    static List<String> teams(Ids ids, int count) {
        List<String> all = new ArrayList<>(TEAMS);
        shuffle(ids, all);
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

    static <T> void shuffle(Ids ids, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = ids.rng().nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
