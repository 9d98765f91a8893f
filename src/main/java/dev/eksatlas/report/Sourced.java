package dev.eksatlas.report;

import dev.eksatlas.domain.AccountSnapshot;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A row together with the snapshot it was read from, for row types that do not carry their
 * {@link Provenance} themselves (the domain records).
 */
public record Sourced<R>(Provenance source, R row) {

    public Sourced {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(row, "row");
    }

    /** {@code report} over sourced rows, with the provenance columns first. */
    public static <R> ReportDefinition<Sourced<R>> definition(ReportDefinition<R> report) {
        return Provenance.prepend(report.on(Sourced<R>::row), Sourced::source);
    }

    /** The rows {@code extract} finds in each snapshot, each tagged with that snapshot's provenance. */
    public static <R> Stream<Sourced<R>> fromEach(List<AccountSnapshot> snapshots,
                                                  Function<AccountSnapshot, ? extends List<? extends R>> extract) {
        return snapshots.stream().flatMap(s -> {
            Provenance p = Provenance.of(s);
            return extract.apply(s).stream().map(r -> new Sourced<R>(p, r));
        });
    }
}
