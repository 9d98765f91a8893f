package dev.eksatlas.ui.common;

import java.util.List;

import dev.eksatlas.report.ReportDefinition;

import dev.eksatlas.export.ExportService;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * What a table's Export button does: asks where to save, writes the rows as shown through
 * {@link CsvExport}, and reports the outcome in the table's status line or an error dialog.
 */
public final class TableExporter {
    private final SaveDialog saveDialog;
    private final CsvExport csvExport;
    private final Messages messages;

    public TableExporter(SaveDialog saveDialog, CsvExport csvExport, Messages messages) {
        this.saveDialog = saveDialog;
        this.csvExport = csvExport;
        this.messages = messages;
    }

    /** Exports rows that are not a table on screen (e.g. every step of a cluster's migration plans). */
    public <R> void export(ReportDefinition<R> definition, List<R> rows, Window owner) {
        Optional<Path> target = saveDialog.askWhereToSave(owner, ExportService.fileName(definition.name()));
        target.ifPresent(file -> csvExport.write(definition, rows, file, done -> { }, error -> ErrorDialog.show(owner, messages, error)));
    }

    public <R> void export(ReportTable<R> table) {
        Window owner = table.getScene() == null ? null : table.getScene().getWindow();
        Optional<Path> target = saveDialog.askWhereToSave(owner, ExportService.fileName(table.definition().name()));
        if (target.isEmpty()) {
            return;
        }
        table.showMessage(messages.get("export.writing", target.get().toString()));
        csvExport.write(table.definition(), table.visibleRows(), target.get(), table::showMessage, error -> {
            table.showMessage("");
            ErrorDialog.show(owner, messages, error);
        });
    }
}
