package dev.eksatlas.report;

import dev.eksatlas.domain.AccountSnapshot;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where a report row comes from: the account, the profile it was scanned through, and the time of
 * the scan. Every report carries these three columns first, with the same headers.
 * The scan time is when the snapshot's scan finished: what the row shows was true then.
 */
public record Provenance(String accountId, String profile, Instant scanTime) {

    public static final Comparator<Provenance> ORDER = Comparator
            .comparing(Provenance::accountId)
            .thenComparing(Provenance::profile, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Provenance::scanTime, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Provenance {
        Objects.requireNonNull(accountId, "accountId");
    }

    public static Provenance of(AccountSnapshot snapshot) {
        Instant time = snapshot.finishedAt() != null ? snapshot.finishedAt() : snapshot.startedAt();
        return new Provenance(snapshot.accountId(), snapshot.profile(), time);
    }

    /** The three provenance columns, in their fixed place and with their fixed headers. */
    public static List<Column<Provenance>> columns() {
        return List.of(
                Column.text("account_id", "Account ID", Provenance::accountId),
                Column.text("profile", "Profile", Provenance::profile),
                Column.instant("scan_time", "Scan time", Provenance::scanTime));
    }

    /**
     * {@code report} with the provenance columns first. Rows that compare equal in the report's
     * own order are then ordered by provenance (account, profile, scan time).
     */
    public static <R> ReportDefinition<R> prepend(ReportDefinition<R> report, Function<? super R, Provenance> provenanceOf) {
        List<Column<R>> first = columns().stream().<Column<R>>map(c -> c.on(provenanceOf)).toList();
        return report.prepend(first, Comparator.comparing(provenanceOf, ORDER));
    }
}
