package dev.eksatlas.report;

import dev.eksatlas.domain.AccountSnapshot;
import java.util.List;
import java.util.stream.Stream;

/**
 * A report the app can export: its full definition (provenance columns included) and how its rows
 * come out of the latest snapshots. Rows may come in any order; the export sorts them by
 * {@code definition().order()}.
 *
 * @param <R> the row type
 */
public interface Report<R> {

    ReportDefinition<R> definition();

    Stream<R> rows(List<AccountSnapshot> snapshots, ClusterScope scope);

    default String name() {
        return definition().name();
    }
}
