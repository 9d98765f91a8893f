package dev.eksatlas.export;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.report.ClusterScope;
import dev.eksatlas.report.Provenance;
import java.util.List;

/** The snapshots an export reads, what the user limited it to, and the clusters that limit resolved to. */
public record ExportInput(List<AccountSnapshot> snapshots, Selection selection, ClusterScope scope) {

    public ExportInput {
        snapshots = List.copyOf(snapshots);
    }

    public static ExportInput of(List<AccountSnapshot> snapshots, Selection selection) {
        ClusterScope scope = selection.cluster() == null ? ClusterScope.all() : ClusterScope.select(selection.cluster(), snapshots);
        return new ExportInput(snapshots, selection, scope);
    }

    /** The provenance of every snapshot read, in provenance order. */
    public List<Provenance> provenance() {
        return snapshots.stream().map(Provenance::of).sorted(Provenance.ORDER).toList();
    }
}
