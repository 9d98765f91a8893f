package dev.eksatlas.ui.findings;

/**
 * What the findings screen shows of the selected finding: its severity and code, the message, where
 * it is, the evidence that triggered it and the remediation (the analysis writes these in English).
 */
public record FindingDetail(String severity, String severityId, String code, String message, String place, String evidence,
                            String remediation) {
}
