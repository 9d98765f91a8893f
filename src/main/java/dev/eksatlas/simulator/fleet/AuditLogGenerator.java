package dev.eksatlas.simulator.fleet;

import dev.eksatlas.domain.EksCluster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Stale-token audit events for a cluster with {@code audit} logging, drawn from the fleet's seed and
 * the cluster's ARN only (so adding this generator changed nothing else in the fleet). Each such
 * cluster has two to five service accounts using old tokens, at least one of them within the last
 * week before the 90-day rejection or past it, each seen one to four times over the last 14 days.
 */
final class AuditLogGenerator {
    static final long DAY = 86_400L;
    /** EKS rejects a token whose elapsed time passes 90 days (7,776,000 s). */
    static final long REJECTED_AFTER = 90 * DAY;
    private static final List<Workload> LEGACY = List.of(new Workload("common", "fluent-bit"),
            new Workload("legacy", "report-cron"), new Workload("batch", "etl-runner"), new Workload("default", "default"),
            new Workload("ops", "backup-agent"));

    private AuditLogGenerator() {
    }

    static List<AuditLogEvent> events(long seed, EksCluster cluster) {
        if (!cluster.auditLoggingEnabled()) {
            return List.of();
        }
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed ^ cluster.arn().hashCode() * 0x9E3779B97F4A7C15L);
        Set<Workload> chosen = new LinkedHashSet<>();
        int subjects = 2 + rng.nextInt(4);
        while (chosen.size() < subjects) {
            List<Workload> pool = rng.nextBoolean() ? NamePools.PLATFORM : LEGACY;
            chosen.add(pool.get(rng.nextInt(pool.size())));
        }
        List<AuditLogEvent> events = new ArrayList<>();
        int i = 0;
        for (Workload w : chosen) {
            long elapsedNow = switch (i++ == 0 ? 3 : rng.nextInt(4)) {
                case 0 -> DAY + rng.nextLong(29 * DAY);
                case 1 -> 30 * DAY + rng.nextLong(50 * DAY);
                case 2 -> REJECTED_AFTER - 7 * DAY + rng.nextLong(7 * DAY);
                default -> rng.nextBoolean() ? REJECTED_AFTER - 3 * DAY + rng.nextLong(3 * DAY) : REJECTED_AFTER + rng.nextLong(5 * DAY);
            };
            String subject = "system:serviceaccount:" + w.namespace() + ":" + w.serviceAccount();
            int seen = 1 + rng.nextInt(4);
            for (int k = 0; k < seen; k++) {
                // The newest sighting is within the last day, so a 1-day window still sees every subject.
                long age = k == 0 ? rng.nextLong(DAY) : rng.nextLong(14 * DAY);
                if (elapsedNow - age > 3_600) {
                    events.add(new AuditLogEvent(cluster.accountId(), cluster.region(), cluster.name(), subject, elapsedNow - age, age));
                }
            }
        }
        events.sort(Comparator.comparingLong(AuditLogEvent::ageSeconds).thenComparing(AuditLogEvent::subject));
        return List.copyOf(events);
    }
}
