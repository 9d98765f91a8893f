package dev.eksatlas.report;

import dev.eksatlas.domain.AccountSnapshot;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A report of records read straight from each snapshot (roles, providers, associations, ...),
 * each row tagged with its snapshot's provenance and kept when {@code inScope} says so.
 */
public record SnapshotReport<R>(ReportDefinition<Sourced<R>> definition,
                                Function<AccountSnapshot, ? extends List<? extends R>> extract,
                                BiPredicate<? super R, ClusterScope> inScope) implements Report<Sourced<R>> {

    public static <R> SnapshotReport<R> of(ReportDefinition<R> report,
                                           Function<AccountSnapshot, ? extends List<? extends R>> extract,
                                           BiPredicate<? super R, ClusterScope> inScope) {
        return new SnapshotReport<>(Sourced.definition(report), extract, inScope);
    }

    @Override
    public Stream<Sourced<R>> rows(List<AccountSnapshot> snapshots, ClusterScope scope) {
        return Sourced.<R>fromEach(snapshots, extract).filter(s -> scope.isAll() || inScope.test(s.row(), scope));
    }
}
