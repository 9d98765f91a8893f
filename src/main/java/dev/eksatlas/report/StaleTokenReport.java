package dev.eksatlas.report;

import dev.eksatlas.analysis.tokens.AddonBelowMinimum;
import dev.eksatlas.analysis.tokens.ClusterTokens;
import dev.eksatlas.analysis.tokens.StaleServiceAccount;
import dev.eksatlas.analysis.tokens.TokenCheckState;
import dev.eksatlas.analysis.tokens.TokenReadiness;
import dev.eksatlas.analysis.tokens.TokenReadinessAnalyzer;
import dev.eksatlas.domain.AccountSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code stale-tokens}: service-account token readiness. One row per service account seen with a
 * stale token, soonest refusal first; a cluster with none gets one row without a service account
 * whose Check says why (CHECKED, NOT_CHECKED, AUDIT_LOGGING_OFF, NO_LOG_GROUP, FAILED), so that a
 * cluster that was not checked never reads as "no stale tokens".
 */
public final class StaleTokenReport implements Report<StaleTokenReport.Row> {
    public static final String NAME = "stale-tokens";

    /** One service account ({@code account} null: the cluster's own row) of one cluster. */
    public record Row(Provenance source, ClusterTokens cluster, StaleServiceAccount account) {
        Long daysLeft() {
            return account == null ? null : account.daysLeft();
        }

        String tokenStatus() {
            if (account != null) {
                return account.age().name();
            }
            return cluster.state() == TokenCheckState.CHECKED ? "NONE_SEEN" : null;
        }

        Instant seenAt() {
            return account == null ? null : account.seenAt();
        }
    }

    private final TokenReadinessAnalyzer analyzer = new TokenReadinessAnalyzer();

    @Override
    public ReportDefinition<Row> definition() {
        return Provenance.prepend(new ReportDefinition<>(NAME,
                "Service accounts using stale tokens (refused after 90 days), and each cluster's check", List.of(
                Column.<Row>text("region", "Region", r -> r.cluster().cluster().region()),
                Column.<Row>text("cluster", "Cluster", r -> r.cluster().cluster().name()),
                Column.<Row>text("check", "Check", r -> r.cluster().state().name()),
                Column.<Row>number("days_left", "Days left", Row::daysLeft),
                Column.<Row>text("token_status", "Token status", Row::tokenStatus),
                Column.<Row>text("namespace", "Namespace", r -> r.account() == null ? null : r.account().namespace()),
                Column.<Row>text("service_account", "Service account", r -> r.account() == null ? null : r.account().serviceAccount()),
                Column.<Row>text("subject", "Subject", r -> r.account() == null ? null : r.account().subject()),
                Column.<Row>number("elapsed_seconds", "Largest elapsed (s)", r -> r.account() == null ? null : r.account().elapsedSeconds()),
                Column.<Row>instant("refused_at", "Refused from", r -> r.account() == null ? null : r.account().refusedAt()),
                Column.<Row>instant("seen_at", "Seen at", Row::seenAt),
                Column.<Row>number("sightings", "Sightings", r -> r.account() == null ? null : r.account().sightings()),
                Column.<Row>text("remedy", "Remedy", r -> r.account() == null ? null : r.account().remedy()),
                Column.<Row>text("addons_below_minimum", "Add-ons below token-refresh minimum", r -> r.cluster().addonsBelowMinimum().stream()
                        .map(StaleTokenReport::addon).toList()),
                Column.<Row>instant("window_start", "Window start", r -> r.cluster().windowStart()),
                Column.<Row>instant("window_end", "Window end", r -> r.cluster().windowEnd()),
                Column.<Row>number("bytes_scanned", "Bytes scanned", r -> r.cluster().bytesScanned())),
                Comparator.comparing(Row::daysLeft, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Orders.by(r -> r.source().accountId()))
                        .thenComparing(Orders.by(r -> r.cluster().cluster().region()))
                        .thenComparing(Orders.by(r -> r.cluster().cluster().name()))
                        .thenComparing(Orders.by(r -> r.account() == null ? null : r.account().subject()))), Row::source);
    }

    @Override
    public Stream<Row> rows(List<AccountSnapshot> snapshots, ClusterScope scope) {
        return rows(analyzer.analyze(snapshots), scope);
    }

    /** The rows of an analysis already made (the window's, made off the FX thread). */
    public Stream<Row> rows(TokenReadiness readiness, ClusterScope scope) {
        List<Row> out = new ArrayList<>();
        for (ClusterTokens c : readiness.clusters()) {
            if (scope.includesCluster(c.cluster().accountId(), c.cluster().region(), c.cluster().name())) {
                out.addAll(rows(c));
            }
        }
        return out.stream();
    }

    /** One cluster's rows, as its view shows them. */
    public static List<Row> rows(ClusterTokens c) {
        Provenance source = new Provenance(c.cluster().accountId(), c.profile(), c.scanTime());
        if (c.staleServiceAccounts().isEmpty()) {
            return List.of(new Row(source, c, null));
        }
        return c.staleServiceAccounts().stream().map(s -> new Row(source, c, s)).toList();
    }

    private static String addon(AddonBelowMinimum a) {
        return a.addonName() + " " + a.version() + " < " + a.minimum();
    }
}
