package dev.eksatlas.analysis.findings;

import java.util.Comparator;

/**
 * The documented, stable order of findings everywhere (UI, CSV, CLI): severity (HIGH first), then
 * code, account, region, cluster (fleet-wide findings before a cluster's), resource ARN, evidence
 * and message. Equal inputs always give the same order.
 */
public final class FindingOrder {
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::codeId)
            .thenComparing(Finding::accountId, nullsFirst())
            .thenComparing(Finding::region, nullsFirst())
            .thenComparing(Finding::cluster, nullsFirst())
            .thenComparing(Finding::resourceArn, nullsFirst())
            .thenComparing(Finding::evidence, nullsFirst())
            .thenComparing(Finding::message, nullsFirst());

    private FindingOrder() {
    }

    private static Comparator<String> nullsFirst() {
        return Comparator.nullsFirst(Comparator.naturalOrder());
    }
}
