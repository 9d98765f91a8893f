package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.policy.ConditionKey;
import dev.eksatlas.analysis.policy.KeyValue;
import dev.eksatlas.analysis.policy.RequestContext;

/**
 * An {@code AssumeRoleWithWebIdentity} request with a token from one issuer, as far as the trust
 * policy alone can tell: its {@code sub} is the candidate subject, its {@code aud} is present but
 * unknown (a service account may ask for another audience), and keys of other issuers are absent.
 */
record IrsaContext(String issuerKey, KeyValue subject) implements RequestContext {

    static IrsaContext of(String issuerKey, String subject, boolean pattern) {
        KeyValue value = subject == null ? KeyValue.PRESENT_UNKNOWN
                : pattern ? new KeyValue.Pattern(subject) : KeyValue.of(subject);
        return new IrsaContext(issuerKey, value);
    }

    @Override
    public KeyValue lookup(ConditionKey key) {
        if (key.issuer() == null) {
            return KeyValue.UNKNOWN;
        }
        if (!key.issuer().equals(issuerKey)) {
            return KeyValue.ABSENT;
        }
        return switch (key.claim()) {
            case "sub" -> subject;
            case "aud" -> KeyValue.PRESENT_UNKNOWN;
            default -> KeyValue.UNKNOWN;
        };
    }
}
