package dev.eksatlas.ui.clusters;

import dev.eksatlas.export.ExportService;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.ReportTable;
import dev.eksatlas.ui.common.TaskRunner;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Export button of this screen's tables: asks where to save, writes the rows as shown through
 * the table's report definition on the task runner, and says how it went (an error in plain words,
 * with the technical detail behind the dialog's "Details" expander).
 */
public final class ExportToCsv {
    private final TaskRunner runner;
    private final ExportService exportService;
    private final Messages messages;

    public ExportToCsv(TaskRunner runner, ExportService exportService, Messages messages) {
        this.runner = runner;
        this.exportService = exportService;
        this.messages = messages;
    }

    public <R> void export(ReportTable<R> table) {
        Window owner = table.getScene() == null ? null : table.getScene().getWindow();
        export(table.definition(), table.visibleRows(), owner);
    }

    /** Asks where to save, then writes {@code rows} through {@code definition} in the background. */
    public <R> void export(ReportDefinition<R> definition, List<R> rows, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.chooserTitle"));
        chooser.setInitialFileName(ExportService.fileName(definition.name()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("export.csvFiles"), "*.csv"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            write(definition, rows, file.toPath(), owner);
        }
    }

    /** Writes {@code rows} to {@code file} in the background; a failure is shown in plain words. */
    public <R> void write(ReportDefinition<R> definition, List<R> rows, Path file, Window owner) {
        List<R> copy = List.copyOf(rows);
        runner.run("export " + definition.name(), progress -> exportService.writeCsv(definition, copy.stream(), file),
                written -> { }, failure -> showError(owner, file, failure));
    }

    private void showError(Window owner, Path file, Throwable failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(messages.get("export.failed.title"));
        alert.setHeaderText(messages.get("export.failed.header", file.toString()));
        Label text = new Label(messages.get("export.failed.fix", String.valueOf(failure.getMessage())));
        text.setWrapText(true);
        text.setMaxWidth(480);
        alert.getDialogPane().setContent(text);
        TextArea details = new TextArea(failure.getClass().getName() + ": " + failure.getMessage()
                + (failure.getCause() == null ? "" : "\n" + failure.getCause()));
        details.setEditable(false);
        details.setWrapText(true);
        alert.getDialogPane().setExpandableContent(details);
        alert.show();
    }
}
