package dev.eksatlas.report;

import dev.eksatlas.domain.ScanRun;
import java.util.List;

/**
 * {@code scan-runs}: the stored snapshots of an account, one row per scan (the scan history
 * screen's table and its export). Not in the {@link ReportRegistry}: it lists history, not the
 * latest snapshots the registry's reports read.
 */
public final class ScanRunReport {
    public static final String NAME = "scan-runs";

    private ScanRunReport() {
    }

    public static ReportDefinition<ScanRun> definition() {
        return new ReportDefinition<>(NAME, "Stored scans of an account", List.of(
                Column.<ScanRun>text("account_id", "Account ID", ScanRun::accountId),
                Column.<ScanRun>text("profile", "Profile", ScanRun::profile),
                Column.<ScanRun>instant("scan_time", "Scan time", ScanRun::finishedAt),
                Column.<ScanRun>number("snapshot_id", "Snapshot ID", ScanRun::id),
                Column.<ScanRun>instant("started_at", "Started", ScanRun::startedAt),
                Column.<ScanRun>text("status", "Status", ScanRun::status),
                Column.<ScanRun>text("regions", "Regions", ScanRun::regions),
                Column.<ScanRun>number("clusters", "Clusters", r -> r.counts().clusters()),
                Column.<ScanRun>number("oidc_providers", "OIDC providers", r -> r.counts().oidcProviders()),
                Column.<ScanRun>number("roles", "Roles", r -> r.counts().roles()),
                Column.<ScanRun>number("associations", "Pod Identity associations", r -> r.counts().associations()),
                Column.<ScanRun>number("coverage_gaps", "Coverage gaps", r -> r.counts().coverageGaps()),
                Column.<ScanRun>number("api_calls", "AWS calls", r -> r.counts().apiCalls())),
                Orders.<ScanRun, String>by(ScanRun::accountId)
                        .thenComparing(Orders.by(ScanRun::finishedAt))
                        .thenComparing(Orders.by(ScanRun::id)));
    }
}
