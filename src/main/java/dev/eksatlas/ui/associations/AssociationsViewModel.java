package dev.eksatlas.ui.associations;

import dev.eksatlas.analysis.linkage.AssociationLink;
import dev.eksatlas.report.AnalysedReport;
import dev.eksatlas.report.AssociationReport;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.report.Sourced;
import dev.eksatlas.ui.common.CoverageNotice;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Pod Identity associations screen: a row per association (the {@code associations} report:
 * role, target role, session tags, owner add-on, health) and a line counting working, broken and
 * unjudged associations.
 */
public final class AssociationsViewModel {
    private final AnalysedReport<AssociationLink> report = AssociationReport.report();
    private final Messages messages;
    private final CoverageNotice coverage;
    private final ReadOnlyObjectWrapper<List<Sourced<AssociationLink>>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public AssociationsViewModel(InventoryModel inventory, Messages messages) {
        this.messages = messages;
        this.coverage = new CoverageNotice(inventory, messages);
        inventory.currentProperty().addListener((obs, old, loaded) -> show(loaded));
        show(inventory.current());
    }

    private void show(InventoryModel.Loaded loaded) {
        List<Sourced<AssociationLink>> all = report.rows(loaded.snapshots(), loaded.analysis())
                .sorted(report.definition().order()).toList();
        summary.set(messages.get("associations.summary", all.size(),
                count(all, l -> l.health() != null && !l.health().broken()),
                count(all, l -> l.health() != null && l.health().broken()),
                count(all, l -> l.health() == null),
                count(all, l -> l.association().sessionTagsDisabled()),
                count(all, l -> l.association().ownerArn() != null)));
        rows.set(all);
    }

    private static long count(List<Sourced<AssociationLink>> rows, Predicate<AssociationLink> test) {
        return rows.stream().filter(r -> test.test(r.row())).count();
    }

    public ReportDefinition<Sourced<AssociationLink>> definition() {
        return report.definition();
    }

    public ReadOnlyObjectProperty<List<Sourced<AssociationLink>>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public CoverageNotice coverage() {
        return coverage;
    }
}
