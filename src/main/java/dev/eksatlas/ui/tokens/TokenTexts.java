package dev.eksatlas.ui.tokens;

import dev.eksatlas.analysis.tokens.AddonBelowMinimum;
import dev.eksatlas.analysis.tokens.ClusterTokens;
import dev.eksatlas.analysis.tokens.Remedies;
import dev.eksatlas.domain.StaleTokenCheck;
import dev.eksatlas.report.CellFormat;
import dev.eksatlas.ui.common.Messages;
import java.util.List;
import java.util.Locale;

/** The words for a cluster's token check: what was checked (or why not), and its add-ons below the minimums. */
final class TokenTexts {
    private final Messages messages;

    TokenTexts(Messages messages) {
        this.messages = messages;
    }

    /** Never says "none" unless the audit log was really queried. */
    String state(ClusterTokens c) {
        return switch (c.state()) {
            case CHECKED -> c.staleServiceAccounts().isEmpty()
                    ? messages.get("tokens.state.CHECKED.none", time(c.windowStart()), time(c.windowEnd()), bytes(c.bytesScanned()))
                    : messages.get("tokens.state.CHECKED", time(c.windowStart()), time(c.windowEnd()), bytes(c.bytesScanned()),
                            c.staleServiceAccounts().size());
            case AUDIT_LOGGING_OFF -> messages.get("tokens.state.AUDIT_LOGGING_OFF", Remedies.enableAuditLogging(c.cluster().name()));
            case NO_LOG_GROUP -> messages.get("tokens.state.NO_LOG_GROUP", StaleTokenCheck.logGroupName(c.cluster().name()));
            case FAILED -> messages.get("tokens.state.FAILED");
            case NOT_CHECKED -> messages.get("tokens.state.NOT_CHECKED");
        };
    }

    List<String> addons(ClusterTokens c) {
        if (c.addonsBelowMinimum().isEmpty()) {
            return List.of(messages.get("tokens.addons.none"));
        }
        return c.addonsBelowMinimum().stream().map(this::addon).toList();
    }

    private String addon(AddonBelowMinimum a) {
        return a.numberFromGuide() ? messages.get("tokens.addons.below", a.addonName(), a.version(), a.minimum())
                : messages.get("tokens.addons.behind", a.addonName(), a.version(), a.minimum());
    }

    private static String time(java.time.Instant t) {
        return t == null ? "" : CellFormat.instant(t);
    }

    /** Decimal units, as AWS bills them. */
    static String bytes(long n) {
        if (n < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", n / 1e3);
        }
        return n < 1_000_000_000 ? String.format(Locale.ROOT, "%.1f MB", n / 1e6) : String.format(Locale.ROOT, "%.2f GB", n / 1e9);
    }
}
