package dev.eksatlas.ui.common;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.report.ClusterScope;
import dev.eksatlas.report.CoverageReport;
import java.util.List;
import java.util.Set;

/**
 * The banner text of a screen whose numbers coverage gaps affect (what a scan could not read is
 * data, never a silent zero); empty when nothing is missing.
 */
public final class CoverageWarnings {
    private final Messages messages;

    public CoverageWarnings(Messages messages) {
        this.messages = messages;
    }

    /** For fleet-wide numbers: every gap of every account counts. */
    public String fleet(List<AccountSnapshot> snapshots) {
        long accounts = snapshots.stream().filter(s -> !s.coverageGaps().isEmpty()).count();
        int gaps = snapshots.stream().mapToInt(s -> s.coverageGaps().size()).sum();
        return gaps == 0 ? "" : messages.get("coverage.fleet", accounts, snapshots.size(), gaps);
    }

    /** For one cluster: the gaps of its account about it, over its whole region, or in IAM (the coverage report's rule). */
    public String cluster(EksCluster cluster, List<AccountSnapshot> snapshots) {
        long gaps = CoverageReport.report().rows(snapshots, new ClusterScope(cluster.arn(), List.of(cluster), Set.of())).count();
        return gaps == 0 ? "" : messages.get("coverage.cluster", gaps);
    }
}
