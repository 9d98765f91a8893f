package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.catalog.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the findings of the fleet rules; fills the remediation's placeholders when known. */
final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();

    /** Where a finding is: account, region (or {@code global}), cluster name or null, resource ARN or null. */
    record Where(String accountId, String region, String cluster, String resourceArn) {
    }

    void add(FindingCode code, Where where, FindingText message, String evidence) {
        add(code, code.severity(), where, message, evidence, Map.of());
    }

    /** {@code placeholders} map e.g. {@code <cluster>} to a value: a {@link String}, or a {@link FindingText} for a phrase. */
    void add(FindingCode code, Severity severity, Where where, FindingText message, String evidence, Map<String, ?> placeholders) {
        String remediation = code.remediation();
        Map<String, FindingText> values = new HashMap<>();
        for (Map.Entry<String, ?> e : placeholders.entrySet()) {
            if (e.getValue() != null) {
                FindingText value = e.getValue() instanceof FindingText t ? t : FindingText.plain(e.getValue().toString());
                remediation = remediation.replace(e.getKey(), value.english());
                values.put(e.getKey(), value);
            }
        }
        findings.add(new Finding(code, severity, where.accountId(), where.region(), where.cluster(), where.resourceArn(),
                message.english(), evidence, remediation, message, values));
    }

    List<Finding> findings() {
        return findings;
    }
}
