package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.catalog.Severity;
import java.util.Map;

/**
 * One finding about the fleet. {@code region} is {@code global} for IAM things; {@code cluster}
 * is the cluster's name when the finding belongs to one, else null; {@code resourceArn} is what
 * to fix (role, provider, association, cluster, add-on) or null; {@code evidence} is the statement
 * or value that triggered it; {@code remediation} says what to do, in English.
 * For other languages, {@code text} is the message with its key and values
 * ({@code text.english()} equals {@code message}), and {@code remediationValues} are the values the
 * remediation's placeholders (e.g. {@code <cluster>}) were filled with.
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
        String remediation,
        FindingText text,
        Map<String, FindingText> remediationValues) {

    public static final String GLOBAL = "global";

    public Finding {
        remediationValues = Map.copyOf(remediationValues);
    }

    /** The stable code, e.g. {@code oidc-provider-missing}. */
    public String codeId() {
        return code.id();
    }
}
