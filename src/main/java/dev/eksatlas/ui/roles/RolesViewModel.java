package dev.eksatlas.ui.roles;

import dev.eksatlas.report.AnalysedFleet;
import dev.eksatlas.report.ClusterScope;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.report.RoleReport;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.TaskRunner;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The roles screen: a row per IAM role (the {@code roles} report) and, for the selected role, its
 * {@link RoleDetail}, worked out on the task runner.
 */
public final class RolesViewModel {
    private final ReportDefinition<RoleReport.Row> definition = RoleReport.definition();
    private final TaskRunner runner;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<List<RoleReport.Row>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<RoleReport.Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RoleDetail> detail = new ReadOnlyObjectWrapper<>();
    private RoleDetails details;

    public RolesViewModel(InventoryModel inventory, TaskRunner runner, Messages messages) {
        this.runner = runner;
        this.messages = messages;
        inventory.currentProperty().addListener((obs, old, loaded) -> show(loaded));
        selected.addListener((obs, old, row) -> describe(row));
        show(inventory.current());
    }

    private void show(InventoryModel.Loaded loaded) {
        details = new RoleDetails(loaded.analysis(), messages);
        List<RoleReport.Row> all = RoleReport.rows(AnalysedFleet.of(loaded.snapshots(), loaded.analysis()), ClusterScope.all())
                .sorted(definition.order()).toList();
        long nearLimit = all.stream().filter(r -> r.summary().trustSize().nearDefaultLimit() || r.summary().trustSize().overDefaultLimit()).count();
        long podIdentity = all.stream().filter(r -> r.summary().podIdentityTrust()).count();
        summary.set(messages.get("roles.summary", all.size(), nearLimit, podIdentity));
        String keep = selected.get() == null ? null : selected.get().role().arn();
        rows.set(all);
        selected.set(all.stream().filter(r -> r.role().arn().equals(keep)).findFirst().orElse(null));
    }

    private void describe(RoleReport.Row row) {
        if (row == null) {
            detail.set(null);
            return;
        }
        RoleDetails from = details;
        runner.run("describe role " + row.role().arn(), progress -> from.describe(row.summary()),
                described -> {
                    if (row.equals(selected.get())) {
                        detail.set(described);
                    }
                },
                failure -> detail.set(null));
    }

    public ReportDefinition<RoleReport.Row> definition() {
        return definition;
    }

    public ReadOnlyObjectProperty<List<RoleReport.Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The role the table selected; the controller sets it. */
    public ObjectProperty<RoleReport.Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<RoleDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
