package dev.eksatlas.analysis.tokens;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Service-account token readiness of the fleet: one {@link ClusterTokens} per cluster, by account, region, name. */
public record TokenReadiness(List<ClusterTokens> clusters) {

    /** Soonest refusal first; then account, region, cluster, subject. */
    public static final Comparator<StaleServiceAccount> BY_DAYS_LEFT = Comparator.comparingLong(StaleServiceAccount::daysLeft)
            .thenComparingLong(s -> -s.elapsedSeconds())
            .thenComparing(StaleServiceAccount::accountId).thenComparing(StaleServiceAccount::region)
            .thenComparing(StaleServiceAccount::cluster).thenComparing(StaleServiceAccount::subject);

    public TokenReadiness {
        clusters = List.copyOf(clusters);
    }

    /** Every stale service account of the fleet, soonest refusal first. */
    public List<StaleServiceAccount> serviceAccounts() {
        return clusters.stream().flatMap(c -> c.staleServiceAccounts().stream()).sorted(BY_DAYS_LEFT).toList();
    }

    public Optional<ClusterTokens> cluster(String accountId, String region, String name) {
        return clusters.stream().filter(c -> c.cluster().accountId().equals(accountId)
                && Objects.equals(c.cluster().region(), region) && c.cluster().name().equals(name)).findFirst();
    }

    public long count(TokenCheckState state) {
        return clusters.stream().filter(c -> c.state() == state).count();
    }
}
