package dev.eksatlas.ui.common;

import dev.eksatlas.export.ExportException;
import dev.eksatlas.export.ExportService;
import dev.eksatlas.report.ReportDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a table's rows to a CSV file on the task runner, through the same report definition the
 * table shows, and says how it went in the user's language.
 */
public final class CsvExport {
    private final TaskRunner runner;
    private final ExportService exportService;
    private final Messages messages;

    public CsvExport(TaskRunner runner, ExportService exportService, Messages messages) {
        this.runner = runner;
        this.exportService = exportService;
        this.messages = messages;
    }

    /** Calls {@code onDone} with a line saying what was written, or {@code onError} with what went wrong and the fix. */
    public <R> void write(ReportDefinition<R> definition, List<R> rows, Path file, Consumer<String> onDone, Consumer<UserError> onError) {
        List<R> snapshot = List.copyOf(rows);
        runner.run("export " + definition.name() + " to " + file,
                progress -> exportService.writeCsv(definition, snapshot.stream(), file),
                written -> onDone.accept(messages.get("export.done", written.rows(), file.toString())),
                failure -> onError.accept(describe(file, failure)));
    }

    private UserError describe(Path file, Throwable failure) {
        String fix = messages.get(failure instanceof ExportException ? "export.failed.fix" : "export.failed.unexpected");
        return new UserError(messages.get("export.failed", file.toString()), fix, UserError.detailsOf(failure));
    }
}
