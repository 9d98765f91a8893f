package dev.eksatlas.analysis.policy;

import dev.eksatlas.domain.Issuers;
import java.util.Locale;

/**
 * A condition key, read once: its name as written, lower-cased (IAM compares key names
 * case-insensitively), and for OIDC keys ({@code <issuer>:sub}) the issuer and the claim. An issuer
 * prefix has a dot (a host name) and no colon, which tells it from global keys like {@code aws:SourceArn}.
 */
public record ConditionKey(String name, String lower, String issuer, String claim) {

    public static ConditionKey of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int colon = lower.lastIndexOf(':');
        String prefix = colon <= 0 ? "" : lower.substring(0, colon);
        boolean oidc = prefix.indexOf('.') >= 0 && prefix.indexOf(':') < 0;
        return new ConditionKey(name, lower, oidc ? Issuers.hostPath(prefix) : null, oidc ? lower.substring(colon + 1) : null);
    }

    /** The key names a claim of this issuer (issuer key as lower-cased host and path). */
    public boolean is(String issuerKey, String claimName) {
        return issuer != null && issuer.equals(issuerKey) && claim.equals(claimName);
    }
}
