package dev.eksatlas.report;

import dev.eksatlas.analysis.ClusterAnalysis;
import dev.eksatlas.analysis.FleetAnalysis;
import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.domain.AccountSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The analysis of the snapshots an export (or a screen) reads, with the provenance of each
 * account's snapshot, from which the analysis reports take their rows.
 */
public record AnalysedFleet(List<AccountSnapshot> snapshots, FleetAnalysis analysis, Map<String, Provenance> provenance) {

    public AnalysedFleet {
        snapshots = List.copyOf(snapshots);
        provenance = Map.copyOf(provenance);
    }

    public static AnalysedFleet of(List<AccountSnapshot> snapshots) {
        return of(snapshots, FleetAnalyzer.analyze(snapshots));
    }

    public static AnalysedFleet of(List<AccountSnapshot> snapshots, FleetAnalysis analysis) {
        Map<String, Provenance> byAccount = new HashMap<>();
        snapshots.forEach(s -> byAccount.put(s.accountId(), Provenance.of(s)));
        return new AnalysedFleet(snapshots, analysis, byAccount);
    }

    /**
     * The provenance of an account's snapshot. A finding can name an account that was not scanned
     * (a trusted provider in an unscanned account): its row has the account and no profile or time.
     */
    public Provenance provenanceOf(String accountId) {
        Provenance p = provenance.get(accountId);
        return p != null ? p : new Provenance(accountId, null, null);
    }

    /** The clusters the scope keeps, in the analysis' order. */
    public Stream<ClusterAnalysis> clusters(ClusterScope scope) {
        return analysis.clusters().stream()
                .filter(c -> scope.includesCluster(c.cluster().accountId(), c.cluster().region(), c.cluster().name()));
    }
}
