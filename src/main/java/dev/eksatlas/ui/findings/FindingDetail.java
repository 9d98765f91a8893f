package dev.eksatlas.ui.findings;

/**
 * What the findings screen shows of the selected finding: its severity, title and code, the message,
 * where it is, the evidence that triggered it and the remediation (title, message and remediation in
 * the user's language; code and evidence as scanned).
 */
public record FindingDetail(String severity, String severityId, String title, String code, String message, String place, String evidence,
                            String remediation) {
}
