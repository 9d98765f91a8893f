package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.Severity;

/**
 * One finding about the fleet. {@code region} is {@code global} for IAM things; {@code cluster}
 * is the cluster's name when the finding belongs to one, else null; {@code resourceArn} is what
 * to fix (role, provider, association, cluster, add-on) or null; {@code evidence} is the statement
 * or value that triggered it; {@code remediation} says what to do, in English.
 */
public record Finding(
        FindingCode code,
        Severity severity,
        String accountId,
        String region,
        String cluster,
        String resourceArn,
        String message,
        String evidence,
        String remediation) {

    public static final String GLOBAL = "global";

    /** The stable code, e.g. {@code oidc-provider-missing}. */
    public String codeId() {
        return code.id();
    }
}
