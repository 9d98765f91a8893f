package dev.eksatlas.ui.clusters;

import dev.eksatlas.analysis.comparison.ClusterComparison;
import dev.eksatlas.analysis.comparison.ReadinessReason;
import dev.eksatlas.analysis.comparison.SupportedEnvironmentsRow;
import dev.eksatlas.analysis.comparison.SupportedVersionsRow;
import dev.eksatlas.ui.common.Messages;
import java.util.List;

/** A cluster's Pod Identity readiness verdict and its reasons, in the user's language, from the typed reasons and rows. */
final class ReadinessTexts {
    private final Messages m;
    private final ComparisonTexts comparison;

    ReadinessTexts(Messages messages) {
        this.m = messages;
        this.comparison = new ComparisonTexts(messages);
    }

    String verdict(ClusterComparison c) {
        return m.get("readiness." + c.readiness().verdict().name());
    }

    List<String> reasons(ClusterComparison c) {
        return c.readiness().reasons().stream().map(r -> reason(r, c)).toList();
    }

    private String reason(ReadinessReason r, ClusterComparison c) {
        SupportedVersionsRow versions = c.row(SupportedVersionsRow.class);
        return switch (r.code()) {
            case VERSION_UNSUPPORTED, VERSION_UNKNOWN ->
                    m.get("readiness.reason." + r.code().name(), versions.version(), versions.platformVersion(), comparison.supportText(versions));
            case FARGATE_PROFILES ->
                    m.get("readiness.reason.FARGATE_PROFILES", r.count(), String.join(", ", c.row(SupportedEnvironmentsRow.class).fargateNamespaces()));
            default -> m.get("readiness.reason." + r.code().name(), r.count());
        };
    }
}
