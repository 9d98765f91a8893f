package dev.eksatlas.analysis.tokens;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.StaleTokenCheck;
import dev.eksatlas.domain.StaleTokenObservation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Service-account token readiness from the latest snapshots: per cluster, whether its audit log
 * was checked, each service account's largest elapsed time with the days it had left and the
 * remedy, and the add-ons below the guide's minimums. Pure and deterministic.
 */
public final class TokenReadinessAnalyzer {
    private static final String PREFIX = "system:serviceaccount:";

    public TokenReadiness analyze(List<AccountSnapshot> snapshots) {
        List<ClusterTokens> out = new ArrayList<>();
        for (AccountSnapshot s : snapshots) {
            Instant scanTime = s.finishedAt() != null ? s.finishedAt() : s.startedAt();
            for (EksCluster c : s.clusters()) {
                StaleTokenCheck check = s.staleTokenChecks().stream().filter(k -> same(k.region(), k.clusterName(), c)).findFirst().orElse(null);
                List<StaleServiceAccount> stale = staleServiceAccounts(c, s.staleTokens().stream()
                        .filter(o -> same(o.region(), o.clusterName(), c)).toList());
                List<AddonBelowMinimum> addons = s.addons().stream().filter(a -> same(a.region(), a.clusterName(), c))
                        .sorted(Comparator.comparing(EksAddon::name))
                        .flatMap(a -> AddonVersions.below(a, c).stream()).toList();
                out.add(new ClusterTokens(c, s.profile(), scanTime, state(check), check == null ? null : check.windowStart(),
                        check == null ? null : check.windowEnd(), check == null ? 0 : check.bytesScanned(), stale, addons));
            }
        }
        out.sort(Comparator.comparing((ClusterTokens t) -> t.cluster().accountId()).thenComparing(t -> t.cluster().region())
                .thenComparing(t -> t.cluster().name()));
        return new TokenReadiness(out);
    }

    private static boolean same(String region, String cluster, EksCluster c) {
        return Objects.equals(region, c.region()) && Objects.equals(cluster, c.name());
    }

    private static TokenCheckState state(StaleTokenCheck check) {
        if (check == null) {
            return TokenCheckState.NOT_CHECKED;
        }
        return switch (check.status()) {
            case CHECKED -> TokenCheckState.CHECKED;
            case AUDIT_LOGGING_OFF -> TokenCheckState.AUDIT_LOGGING_OFF;
            case NO_LOG_GROUP -> TokenCheckState.NO_LOG_GROUP;
            case FAILED -> TokenCheckState.FAILED;
        };
    }

    /** One row per subject: its largest elapsed time and when that was seen. */
    public static List<StaleServiceAccount> staleServiceAccounts(EksCluster c, List<StaleTokenObservation> observations) {
        Map<String, List<StaleTokenObservation>> bySubject = new TreeMap<>();
        observations.forEach(o -> bySubject.computeIfAbsent(o.subject(), k -> new ArrayList<>()).add(o));
        List<StaleServiceAccount> out = new ArrayList<>();
        bySubject.forEach((subject, seen) -> {
            StaleTokenObservation oldest = seen.stream().max(Comparator.comparingLong(StaleTokenObservation::secondsAfterThreshold)
                    .thenComparing(StaleTokenObservation::seenAt, Comparator.nullsFirst(Comparator.naturalOrder()))).orElseThrow();
            String[] parts = subject.startsWith(PREFIX) ? subject.substring(PREFIX.length()).split(":", 2) : new String[0];
            String namespace = parts.length == 2 ? parts[0] : null;
            String name = parts.length == 2 ? parts[1] : null;
            long elapsed = oldest.secondsAfterThreshold();
            out.add(new StaleServiceAccount(c.accountId(), c.region(), c.name(), subject, namespace, name, elapsed, oldest.seenAt(),
                    seen.size(), TokenAge.of(elapsed), TokenAge.daysLeft(elapsed), TokenAge.refusedAt(oldest.seenAt(), elapsed),
                    Remedies.forServiceAccount(namespace, name)));
        });
        out.sort(TokenReadiness.BY_DAYS_LEFT);
        return out;
    }
}
