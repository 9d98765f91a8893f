package dev.eksatlas.report;

import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.analysis.findings.FindingOrder;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code findings}: every finding of the analysis, with its stable code, severity, place, the
 * evidence that triggered it and what to do. Limited to a cluster, it keeps the findings its view
 * shows: its own and those of the roles and providers it uses.
 */
public final class FindingReport {
    public static final String NAME = "findings";

    public record Row(Provenance source, Finding finding) {
    }

    private FindingReport() {
    }

    public static ReportDefinition<Row> definition() {
        return Provenance.prepend(new ReportDefinition<>(NAME, "Findings with evidence and remediation", List.of(
                Column.<Row>text("code", "Code", r -> r.finding().codeId()),
                Column.<Row>text("severity", "Severity", r -> r.finding().severity()),
                Column.<Row>text("region", "Region", r -> r.finding().region()),
                Column.<Row>text("cluster", "Cluster", r -> r.finding().cluster()),
                Column.<Row>text("resource_arn", "Resource ARN", r -> r.finding().resourceArn()),
                Column.<Row>text("message", "Message", r -> r.finding().message()),
                Column.<Row>text("evidence", "Evidence", r -> r.finding().evidence()),
                Column.<Row>text("remediation", "Remediation", r -> r.finding().remediation())),
                Comparator.comparing(Row::finding, FindingOrder.ORDER)), Row::source);
    }

    public static Report<Row> report(FleetAnalyses analyses) {
        return new AnalysisReport<>(definition(), analyses, (fleet, scope) -> {
            Stream<Finding> findings = scope.isAll() ? fleet.analysis().findings().stream()
                    : fleet.clusters(scope).flatMap(c -> c.findings().stream()).distinct();
            return findings.map(f -> new Row(fleet.provenanceOf(f.accountId()), f));
        });
    }

    /** Findings as rows, e.g. one cluster's for its view. */
    public static List<Row> rows(List<Finding> findings, Function<String, Provenance> provenanceOfAccount) {
        return findings.stream().map(f -> new Row(provenanceOfAccount.apply(f.accountId()), f)).toList();
    }
}
