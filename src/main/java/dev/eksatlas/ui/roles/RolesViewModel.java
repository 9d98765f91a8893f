package dev.eksatlas.ui.roles;

import dev.eksatlas.analysis.RoleSummary;
import dev.eksatlas.report.AnalysedReport;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.report.RoleReport;
import dev.eksatlas.report.Sourced;
import dev.eksatlas.ui.common.CoverageNotice;
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
    private final AnalysedReport<RoleSummary> report = RoleReport.report();
    private final TaskRunner runner;
    private final Messages messages;
    private final CoverageNotice coverage;
    private final ReadOnlyObjectWrapper<List<Sourced<RoleSummary>>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Sourced<RoleSummary>> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RoleDetail> detail = new ReadOnlyObjectWrapper<>();
    private RoleDetails details;

    public RolesViewModel(InventoryModel inventory, TaskRunner runner, Messages messages) {
        this.runner = runner;
        this.messages = messages;
        this.coverage = new CoverageNotice(inventory, messages);
        inventory.currentProperty().addListener((obs, old, loaded) -> show(loaded));
        selected.addListener((obs, old, row) -> describe(row));
        show(inventory.current());
    }

    private void show(InventoryModel.Loaded loaded) {
        details = new RoleDetails(loaded.analysis(), messages);
        List<Sourced<RoleSummary>> all = report.rows(loaded.snapshots(), loaded.analysis())
                .sorted(report.definition().order()).toList();
        long nearLimit = all.stream().filter(r -> r.row().trustSize().nearDefaultLimit() || r.row().trustSize().overDefaultLimit()).count();
        long podIdentity = all.stream().filter(r -> r.row().podIdentityTrust()).count();
        summary.set(messages.get("roles.summary", all.size(), nearLimit, podIdentity));
        String keep = selected.get() == null ? null : selected.get().row().arn();
        rows.set(all);
        selected.set(all.stream().filter(r -> r.row().arn().equals(keep)).findFirst().orElse(null));
    }

    private void describe(Sourced<RoleSummary> row) {
        if (row == null) {
            detail.set(null);
            return;
        }
        RoleDetails from = details;
        runner.run("describe role " + row.row().arn(), progress -> from.describe(row.row()),
                described -> {
                    if (row.equals(selected.get())) {
                        detail.set(described);
                    }
                },
                failure -> detail.set(null));
    }

    public ReportDefinition<Sourced<RoleSummary>> definition() {
        return report.definition();
    }

    public ReadOnlyObjectProperty<List<Sourced<RoleSummary>>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The role the table selected; the controller sets it. */
    public ObjectProperty<Sourced<RoleSummary>> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<RoleDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public CoverageNotice coverage() {
        return coverage;
    }
}
