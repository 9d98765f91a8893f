package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.policy.StatementRef;

/**
 * A finding about one trust policy. {@code message} names the statement; {@code evidence} is the
 * statement or value that triggered it; {@code issuerKey} is set when it concerns one OIDC issuer
 * (so the fleet view can attach it to that issuer's cluster); {@code statement} is null for
 * policy-wide findings; {@code text} is the message with its key and values, for other languages
 * ({@code text.english()} equals {@code message}).
 */
public record TrustFinding(
        FindingCode code,
        Severity severity,
        String message,
        StatementRef statement,
        String evidence,
        String issuerKey,
        FindingText text) {
}
