package dev.eksatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportDocsTest {

    @Test
    void docsListTheColumnsOfEveryReportAsTheCodeDefinesThem() throws IOException {
        String docs = Files.readString(Path.of("docs/reports.md"));
        for (Report<?> report : new ReportRegistry(ReportRegistry.standardReports()).all()) {
            var headers = report.definition().headers();
            String line = "- `" + report.name() + "`: " + String.join(", ", headers.subList(3, headers.size()));
            assertThat(docs).as(report.name()).contains(line + "\n");
        }
    }
}
