package dev.eksatlas.analysis.tokens;

import dev.eksatlas.domain.EksCluster;
import java.time.Instant;
import java.util.List;

/**
 * A cluster's service-account token readiness: whether its audit log was checked and over which
 * window ({@code state}; null window when not queried), the service accounts seen with stale
 * tokens (soonest refusal first), and its add-ons too old to refresh their tokens.
 */
public record ClusterTokens(
        EksCluster cluster,
        String profile,
        Instant scanTime,
        TokenCheckState state,
        Instant windowStart,
        Instant windowEnd,
        long bytesScanned,
        List<StaleServiceAccount> staleServiceAccounts,
        List<AddonBelowMinimum> addonsBelowMinimum) {

    public ClusterTokens {
        staleServiceAccounts = List.copyOf(staleServiceAccounts);
        addonsBelowMinimum = List.copyOf(addonsBelowMinimum);
    }

    /** The fewest days left of any stale service account, or null when none was seen. */
    public Long soonestDaysLeft() {
        return staleServiceAccounts.isEmpty() ? null : staleServiceAccounts.getFirst().daysLeft();
    }
}
