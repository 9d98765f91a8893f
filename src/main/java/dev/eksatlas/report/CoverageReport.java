package dev.eksatlas.report;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.CoverageGap;
import java.util.List;
import java.util.Objects;

/**
 * {@code coverage}: what each scan could not read. Limited to a cluster, it keeps the gaps that
 * could hide something about it, in its account: gaps about the cluster itself, gaps over its whole
 * region, and every IAM gap (IAM is global, and any role could be one of the cluster's).
 */
public final class CoverageReport {
    public static final String NAME = "coverage";
    /** The region IAM gaps are recorded under: IAM is global. */
    static final String GLOBAL = "global";

    private CoverageReport() {
    }

    public static ReportDefinition<CoverageGap> definition() {
        return new ReportDefinition<>(NAME, "What the scans could not read", List.of(
                Column.<CoverageGap>text("region", "Region", CoverageGap::region),
                Column.<CoverageGap>text("service", "Service", CoverageGap::service),
                Column.<CoverageGap>text("operation", "Operation", CoverageGap::operation),
                Column.<CoverageGap>text("resource", "Resource", CoverageGap::resource),
                Column.<CoverageGap>text("error_code", "Error code", CoverageGap::errorCode),
                Column.<CoverageGap>text("message", "Message", CoverageGap::message)),
                Orders.<CoverageGap, String>by(CoverageGap::accountId)
                        .thenComparing(Orders.by(CoverageGap::region))
                        .thenComparing(Orders.by(CoverageGap::service))
                        .thenComparing(Orders.by(CoverageGap::operation))
                        .thenComparing(Orders.by(CoverageGap::resource))
                        .thenComparing(Orders.by(CoverageGap::errorCode))
                        .thenComparing(Orders.by(CoverageGap::message)));
    }

    public static Report<Sourced<CoverageGap>> report() {
        return SnapshotReport.of(definition(), AccountSnapshot::coverageGaps, CoverageReport::concernsScope);
    }

    /** Whether a gap could hide something about the scope's clusters (the rule of {@code --cluster}). */
    public static boolean concernsScope(CoverageGap gap, ClusterScope scope) {
        return scope.clusters().stream().anyMatch(c -> c.accountId().equals(gap.accountId())
                && (GLOBAL.equals(gap.region()) || Objects.equals(c.region(), gap.region())
                        && (gap.resource() == null || gap.resource().equals(c.name()) || gap.resource().equals(c.arn()))));
    }
}
