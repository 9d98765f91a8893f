package dev.eksatlas.report;

import dev.eksatlas.domain.AccountSnapshot;
import java.util.List;
import java.util.function.Function;

/**
 * Analyses snapshots for the analysis reports, once per list: {@code --report all} asks each of
 * them for rows of the same list, and the analysis of a large fleet takes a good part of a second.
 * Keeps only the last list (by identity) and its analysis.
 */
public final class FleetAnalyses {
    private final Function<List<AccountSnapshot>, AnalysedFleet> analyse;
    private List<AccountSnapshot> lastInput;
    private AnalysedFleet last;

    public FleetAnalyses() {
        this(AnalysedFleet::of);
    }

    public FleetAnalyses(Function<List<AccountSnapshot>, AnalysedFleet> analyse) {
        this.analyse = analyse;
    }

    public synchronized AnalysedFleet of(List<AccountSnapshot> snapshots) {
        if (snapshots != lastInput) {
            last = analyse.apply(snapshots);
            lastInput = snapshots;
        }
        return last;
    }
}
