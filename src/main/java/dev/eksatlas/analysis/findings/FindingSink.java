package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the findings of the fleet rules; fills the remediation's placeholders when known. */
final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();

    /** Where a finding is: account, region (or {@code global}), cluster name or null, resource ARN or null. */
    record Where(String accountId, String region, String cluster, String resourceArn) {
    }

    void add(FindingCode code, Where where, String message, String evidence) {
        add(code, code.severity(), where, message, evidence, Map.of());
    }

    void add(FindingCode code, Severity severity, Where where, String message, String evidence, Map<String, String> placeholders) {
        String remediation = code.remediation();
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
            if (e.getValue() != null) {
                remediation = remediation.replace(e.getKey(), e.getValue());
            }
        }
        findings.add(new Finding(code, severity, where.accountId(), where.region(), where.cluster(), where.resourceArn(),
                message, evidence, remediation));
    }

    List<Finding> findings() {
        return findings;
    }
}
