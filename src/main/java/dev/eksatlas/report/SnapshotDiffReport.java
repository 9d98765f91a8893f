package dev.eksatlas.report;

import dev.eksatlas.analysis.history.Change;
import dev.eksatlas.analysis.history.ChangeKind;
import dev.eksatlas.analysis.history.SnapshotDiff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code snapshot-diff}: what changed in an account between two of its snapshots, one row per
 * cluster, OIDC provider, role (trust changed) or association added, removed or changed. Not in
 * the {@link ReportRegistry}: it compares two chosen snapshots, not the latest ones.
 */
public final class SnapshotDiffReport {
    public static final String NAME = "snapshot-diff";

    /** One change; {@code resourceType} is {@code cluster}, {@code oidc-provider}, {@code role} or {@code association}. */
    public record Row(String accountId, Instant from, Instant to, ChangeKind change, String resourceType, String resource,
                      List<String> details) {
        public Row {
            details = List.copyOf(details);
        }
    }

    private SnapshotDiffReport() {
    }

    public static ReportDefinition<Row> definition() {
        return new ReportDefinition<>(NAME, "Changes between two snapshots of an account", List.of(
                Column.<Row>text("account_id", "Account ID", Row::accountId),
                Column.<Row>instant("from_scan", "From scan", Row::from),
                Column.<Row>instant("to_scan", "To scan", Row::to),
                Column.<Row>text("change", "Change", Row::change),
                Column.<Row>text("resource_type", "Resource type", Row::resourceType),
                Column.<Row>text("resource", "Resource", Row::resource),
                Column.<Row>text("details", "Details", Row::details)),
                Orders.<Row, String>by(Row::accountId)
                        .thenComparing(Orders.by(Row::from))
                        .thenComparing(Orders.by(Row::to))
                        .thenComparing(Orders.by(Row::resourceType))
                        .thenComparing(Orders.by(Row::resource)));
    }

    /** The diff's changes, clusters first, then OIDC providers, roles and associations, each by key. */
    public static List<Row> rows(SnapshotDiff diff) {
        List<Row> rows = new ArrayList<>();
        add(rows, diff, "cluster", diff.clusters());
        add(rows, diff, "oidc-provider", diff.providers());
        add(rows, diff, "role", diff.roles());
        add(rows, diff, "association", diff.associations());
        return rows;
    }

    private static void add(List<Row> rows, SnapshotDiff diff, String type, List<? extends Change<?>> changes) {
        for (Change<?> c : changes) {
            rows.add(new Row(diff.accountId(), diff.from(), diff.to(), c.kind(), type, c.key(), c.details()));
        }
    }
}
