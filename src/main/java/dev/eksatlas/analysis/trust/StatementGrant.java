package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.policy.ConditionOperator;
import dev.eksatlas.analysis.policy.Glob;
import dev.eksatlas.analysis.policy.StatementRef;

/**
 * An {@link IrsaGrant} with where it came from: the statement, the provider ARN of its principal,
 * whether it can match at all, and how its subject compares ({@code comparison} of the operator).
 */
public record StatementGrant(
        IrsaGrant grant,
        StatementRef statement,
        OidcProviderRef provider,
        GrantState state,
        ConditionOperator.Comparison comparison) {

    public boolean active() {
        return state == GrantState.ACTIVE;
    }

    public String issuerKey() {
        return provider.issuerKey();
    }

    /** A subject pattern rather than one service account (glob, or no subject condition at all). */
    public boolean pattern() {
        return grant.subject() == null || comparison == ConditionOperator.Comparison.GLOB && Glob.hasWildcard(grant.subject());
    }

    /** Names exactly one service account. */
    public boolean exact() {
        return !pattern() && grant.namespace() != null;
    }

    /** Names a namespace literally (the service account may be a glob). */
    public boolean literalNamespace() {
        return grant.namespace() != null && !Glob.hasWildcard(grant.namespace()) && grant.subject() != null;
    }

    /** Whether a token for this service account satisfies the grant's subject. */
    public boolean covers(String namespace, String serviceAccount) {
        if (grant.subject() == null) {
            return true;
        }
        if (comparison == ConditionOperator.Comparison.EXACT) {
            // Same as comparing the whole subject, without building it.
            return namespace.equals(grant.namespace()) && serviceAccount.equals(grant.serviceAccount());
        }
        String subject = ServiceAccountSubject.subjectOf(namespace, serviceAccount);
        return switch (comparison) {
            case IGNORE_CASE -> grant.subject().equalsIgnoreCase(subject);
            case GLOB -> Glob.matches(grant.subject(), subject);
            default -> false;
        };
    }
}
