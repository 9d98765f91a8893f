package dev.eksatlas.export;

import dev.eksatlas.report.Column;
import dev.eksatlas.report.ReportDefinition;
import java.util.Comparator;
import java.util.List;

/** Small report definitions over plain strings for the export tests. */
final class CsvWriterTestReports {
    static final ReportDefinition<String> TEXTS = new ReportDefinition<>("texts", "", List.of(
            Column.<String>text("value", "Value", s -> s),
            Column.<String>number("length", "Length", String::length)),
            Comparator.naturalOrder());

    private CsvWriterTestReports() {
    }
}
