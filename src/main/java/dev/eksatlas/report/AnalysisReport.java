package dev.eksatlas.report;

import dev.eksatlas.domain.AccountSnapshot;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A report whose rows come out of the analysis of the snapshots (comparison, service accounts,
 * findings, roles, migration plan). Reports built on one {@link FleetAnalyses} share its analysis.
 */
public record AnalysisReport<R>(ReportDefinition<R> definition, FleetAnalyses analyses,
                                BiFunction<AnalysedFleet, ClusterScope, Stream<R>> extract) implements Report<R> {

    @Override
    public Stream<R> rows(List<AccountSnapshot> snapshots, ClusterScope scope) {
        return extract.apply(analyses.of(snapshots), scope);
    }
}
