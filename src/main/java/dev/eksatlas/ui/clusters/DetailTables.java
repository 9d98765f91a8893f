package dev.eksatlas.ui.clusters;

import dev.eksatlas.ui.common.TableExporter;
import dev.eksatlas.report.FindingReport;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.report.ServiceAccountReport;
import dev.eksatlas.ui.common.FindingTexts;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.ReportTable;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The report tables of a cluster's detail: its service-account matrix and its findings, from the
 * {@code service-accounts} and {@code findings} report definitions. Columns that repeat what the
 * page already says (provenance, region, cluster) start hidden; the table menu shows them, and the
 * CSV export keeps them.
 */
final class DetailTables {
    private static final Set<String> SAME_ON_EVERY_ROW = Set.of("account_id", "profile", "scan_time", "region", "cluster");
    /** Starting widths that show a whole ARN or a sentence; the table scrolls sideways. */
    private static final Map<String, Double> WIDTHS = Map.ofEntries(Map.entry("namespace", 120.0), Map.entry("service_account", 150.0),
            Map.entry("status", 170.0), Map.entry("irsa_roles", 300.0), Map.entry("wildcard_irsa_roles", 220.0),
            Map.entry("association_role_arn", 300.0), Map.entry("target_role_arn", 220.0), Map.entry("note", 360.0),
            Map.entry("code", 250.0), Map.entry("severity", 90.0), Map.entry("resource_arn", 320.0), Map.entry("message", 420.0),
            Map.entry("evidence", 320.0), Map.entry("remediation", 420.0));

    private DetailTables() {
    }

    static ReportTable<ServiceAccountReport.Row> matrix(Messages messages, TableExporter exporter, ObservableList<ServiceAccountReport.Row> rows) {
        ReportTable<ServiceAccountReport.Row> table = table("matrixTable", ServiceAccountReport.definition(), messages, exporter, rows, Set.of());
        new FindingTexts(messages).showNotesIn(table);
        return table;
    }

    static ReportTable<FindingReport.Row> findings(Messages messages, TableExporter exporter, ObservableList<FindingReport.Row> rows) {
        ReportTable<FindingReport.Row> table = table("findingsTable", FindingReport.definition(), messages, exporter, rows, Set.of("evidence"));
        new FindingTexts(messages).showIn(table);
        return table;
    }

    private static <R> ReportTable<R> table(String id, ReportDefinition<R> definition, Messages messages, TableExporter exporter,
                                            ObservableList<R> rows, Set<String> alsoHidden) {
        ReportTable<R> table = new ReportTable<>(definition, messages, exporter::export);
        table.setId(id);
        table.setPrefHeight(300);
        table.setMinHeight(220);
        table.tableView().setTableMenuButtonVisible(true);
        table.tableView().getColumns().forEach(c -> {
            c.setVisible(!SAME_ON_EVERY_ROW.contains(c.getId()) && !alsoHidden.contains(c.getId()));
            c.setPrefWidth(WIDTHS.getOrDefault(c.getId(), c.getPrefWidth()));
        });
        rows.addListener((ListChangeListener<R>) c -> table.setRows(rows));
        table.setRows(rows);
        return table;
    }
}
