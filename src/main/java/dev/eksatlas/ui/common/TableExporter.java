package dev.eksatlas.ui.common;

import dev.eksatlas.export.ExportService;
import java.io.File;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;

/**
 * The Export button of a {@link ReportTable}: asks where to save, writes the rows shown with the
 * report's own columns (the same as the command line's CSV) on the task runner, and says in plain
 * words where the file went or why it could not be written.
 */
public final class TableExporter {
    private final TaskRunner runner;
    private final ExportService exports;
    private final Messages messages;

    public TableExporter(TaskRunner runner, ExportService exports, Messages messages) {
        this.runner = runner;
        this.exports = exports;
        this.messages = messages;
    }

    public <R> void export(ReportTable<R> table) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.title"));
        chooser.setInitialFileName(ExportService.fileName(table.definition().name()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("export.csvFiles"), "*.csv"));
        File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file == null) {
            return;
        }
        List<R> rows = table.visibleRows();
        runner.run("export " + table.definition().name(), progress -> exports.writeCsv(table.definition(), rows.stream(), file.toPath()),
                written -> tell(Alert.AlertType.INFORMATION, messages.get("export.done", written.rows(), file)),
                failure -> tell(Alert.AlertType.ERROR, messages.get("export.failed", failure.getMessage())));
    }

    private void tell(Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text);
        alert.setHeaderText(null);
        alert.setTitle(messages.get("export.title"));
        alert.show();
    }
}
