package dev.eksatlas.ui.associations;

import dev.eksatlas.analysis.linkage.AssociationLink;
import dev.eksatlas.report.AnalysedFleet;
import dev.eksatlas.report.AssociationReport;
import dev.eksatlas.report.ClusterScope;
import dev.eksatlas.report.ReportDefinition;
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
    private final ReportDefinition<AssociationReport.Row> definition = AssociationReport.analysedDefinition();
    private final Messages messages;
    private final ReadOnlyObjectWrapper<List<AssociationReport.Row>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public AssociationsViewModel(InventoryModel inventory, Messages messages) {
        this.messages = messages;
        inventory.currentProperty().addListener((obs, old, loaded) -> show(loaded));
        show(inventory.current());
    }

    private void show(InventoryModel.Loaded loaded) {
        List<AssociationReport.Row> all = AssociationReport.rows(AnalysedFleet.of(loaded.snapshots(), loaded.analysis()), ClusterScope.all())
                .sorted(definition.order()).toList();
        summary.set(messages.get("associations.summary", all.size(),
                count(all, l -> l.health() != null && !l.health().broken()),
                count(all, l -> l.health() != null && l.health().broken()),
                count(all, l -> l.health() == null),
                count(all, l -> l.association().sessionTagsDisabled()),
                count(all, l -> l.association().ownerArn() != null)));
        rows.set(all);
    }

    private static long count(List<AssociationReport.Row> rows, Predicate<AssociationLink> test) {
        return rows.stream().filter(r -> test.test(r.link())).count();
    }

    public ReportDefinition<AssociationReport.Row> definition() {
        return definition;
    }

    public ReadOnlyObjectProperty<List<AssociationReport.Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
