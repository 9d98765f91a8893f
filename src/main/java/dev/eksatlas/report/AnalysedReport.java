package dev.eksatlas.report;

import dev.eksatlas.analysis.FleetAnalysis;
import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.domain.AccountSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A report of the snapshot records together with what the analysis says about each (a role's
 * trusted clusters, a provider's status, an association's health). The window passes the analysis
 * it already holds to {@link #rows(List, FleetAnalysis)}; an export analyses the snapshots it reads.
 *
 * @param extract  one row per record of the snapshots, with its analysis
 * @param accountOf the account a row belongs to, which names its snapshot's provenance
 */
public record AnalysedReport<R>(ReportDefinition<Sourced<R>> definition,
                                BiFunction<List<AccountSnapshot>, FleetAnalysis, List<R>> extract,
                                Function<? super R, String> accountOf,
                                BiPredicate<? super R, ClusterScope> inScope) implements Report<Sourced<R>> {

    public static <R> AnalysedReport<R> of(ReportDefinition<R> report,
                                           BiFunction<List<AccountSnapshot>, FleetAnalysis, List<R>> extract,
                                           Function<? super R, String> accountOf,
                                           BiPredicate<? super R, ClusterScope> inScope) {
        return new AnalysedReport<>(Sourced.definition(report), extract, accountOf, inScope);
    }

    @Override
    public Stream<Sourced<R>> rows(List<AccountSnapshot> snapshots, ClusterScope scope) {
        return rows(snapshots, FleetAnalyzer.analyze(snapshots)).filter(s -> scope.isAll() || inScope.test(s.row(), scope));
    }

    /** Every row, from an analysis already made of {@code snapshots}. */
    public Stream<Sourced<R>> rows(List<AccountSnapshot> snapshots, FleetAnalysis analysis) {
        // The analysis reads the newest snapshot of each account; so does the provenance.
        Map<String, Provenance> sources = new HashMap<>();
        snapshots.forEach(s -> sources.merge(s.accountId(), Provenance.of(s),
                (a, b) -> b.scanTime() != null && (a.scanTime() == null || b.scanTime().isAfter(a.scanTime())) ? b : a));
        return extract.apply(snapshots, analysis).stream().map(r -> new Sourced<R>(sources.get(accountOf.apply(r)), r));
    }
}
