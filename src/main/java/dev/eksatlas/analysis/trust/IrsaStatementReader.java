package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.policy.ConditionClause;
import dev.eksatlas.analysis.policy.ConditionEvaluator;
import dev.eksatlas.analysis.policy.ConditionOperator.Comparison;
import dev.eksatlas.analysis.policy.Glob;
import dev.eksatlas.analysis.policy.PolicyStatement;
import dev.eksatlas.analysis.policy.Truth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Turns one Allow statement that trusts OIDC providers into IRSA grants: one per value of the
 * {@code <issuer>:sub} condition, or one for every subject when there is none.
 */
final class IrsaStatementReader {
    static final String WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";

    List<StatementGrant> read(PolicyStatement st, TrustFindings findings) {
        if (!st.allows() || st.notPrincipal()) {
            return List.of();
        }
        List<OidcProviderRef> providers = st.principal().federated().stream()
                .map(OidcProviderRef::parse).filter(Objects::nonNull).toList();
        if (providers.isEmpty()) {
            return List.of();
        }
        boolean actionAllowed = st.actions().covers(WEB_IDENTITY);
        if (!actionAllowed) {
            findings.add(FindingCode.IRSA_ACTION_MISSING, st, providers.getFirst().issuerKey(), st.compactJson(),
                    "trusts " + providers.getFirst().issuer() + " but does not allow " + WEB_IDENTITY + ", so IRSA cannot use it");
        }
        Set<String> issuers = new LinkedHashSet<>();
        providers.forEach(p -> issuers.add(p.issuerKey()));
        reportForeignKeys(st, issuers, providers, findings);
        List<StatementGrant> grants = new ArrayList<>();
        for (OidcProviderRef p : providers) {
            if (!p.eks()) {
                findings.add(FindingCode.NON_EKS_OIDC, st, p.issuerKey(), p.arn(),
                        "trusts OIDC issuer " + p.issuer() + ", which is not an EKS cluster issuer");
            }
            boolean audienceChecked = AudienceReview.review(st, p, findings);
            grants.addAll(subjectGrants(st, p, audienceChecked, actionAllowed, findings));
        }
        return grants;
    }

    private List<StatementGrant> subjectGrants(PolicyStatement st, OidcProviderRef p, boolean audienceChecked,
                                               boolean actionAllowed, TrustFindings findings) {
        String key = p.issuerKey();
        List<ConditionClause> sub = st.conditions().stream()
                .filter(c -> c.conditionKey().is(key, "sub")).toList();
        List<ConditionClause> positives = sub.stream().filter(c -> c.operator().positiveMatch()).toList();
        if (positives.isEmpty()) {
            return List.of(unrestricted(st, p, sub, audienceChecked, actionAllowed, findings));
        }
        ConditionClause primary = positives.stream()
                .filter(c -> c.operator().comparison() != Comparison.GLOB).findFirst().orElse(positives.getFirst());
        if (primary.values().isEmpty()) {
            findings.add(FindingCode.UNSATISFIABLE_CONDITION, st, key, primary.describe(),
                    primary.describe() + " lists no value, so no token can match");
            return List.of();
        }
        List<StatementGrant> grants = new ArrayList<>();
        for (String value : primary.values()) {
            grants.add(grant(st, p, primary, value, audienceChecked, actionAllowed, findings));
        }
        return grants;
    }

    private StatementGrant unrestricted(PolicyStatement st, OidcProviderRef p, List<ConditionClause> sub,
                                        boolean audienceChecked, boolean actionAllowed, TrustFindings findings) {
        List<ConditionClause> negated = sub.stream().filter(c -> c.operator().known() && c.operator().negated()).toList();
        String operator = negated.isEmpty() ? null : negated.getFirst().operator().name();
        IrsaGrant g = new IrsaGrant(p.issuer(), p.eks(), p.partition(), p.region(), "*", "*", null, operator, audienceChecked);
        ConditionEvaluator.Outcome outcome = ConditionEvaluator.evaluate(st.conditions(), IrsaContext.of(p.issuerKey(), null, false));
        GrantState state = actionAllowed ? GrantState.ACTIVE : GrantState.UNSATISFIABLE;
        if (outcome.truth() == Truth.FALSE) {
            state = GrantState.UNSATISFIABLE;
            findings.add(FindingCode.UNSATISFIABLE_CONDITION, st, p.issuerKey(), outcome.failing().describe(),
                    "the grant to issuer " + p.issuer() + " can never match: " + why(outcome.failing(), p));
        } else if (state == GrantState.UNSATISFIABLE) {
            return new StatementGrant(g, st.ref(), p, state, Comparison.GLOB);
        } else if (negated.isEmpty()) {
            findings.add(FindingCode.NO_SUBJECT_CONDITION, st, p.issuerKey(), st.compactJson(),
                    "has no condition on " + p.issuer() + ":sub, so every service account of every namespace of that issuer can assume the role");
        } else {
            findings.add(FindingCode.NEGATED_SUBJECT_CONDITION, st, p.issuerKey(), negated.getFirst().describe(),
                    "only excludes subjects (" + negated.getFirst().describe() + "), so every other service account of that issuer can assume the role");
        }
        return new StatementGrant(g, st.ref(), p, state, Comparison.GLOB);
    }

    private StatementGrant grant(PolicyStatement st, OidcProviderRef p, ConditionClause primary, String value,
                                 boolean audienceChecked, boolean actionAllowed, TrustFindings findings) {
        Comparison comparison = primary.operator().comparison();
        boolean glob = comparison == Comparison.GLOB;
        boolean pattern = glob && Glob.hasWildcard(value);
        ServiceAccountSubject parts = ServiceAccountSubject.parse(value, glob);
        IrsaGrant g = new IrsaGrant(p.issuer(), p.eks(), p.partition(), p.region(),
                parts == null ? null : parts.namespace(), parts == null ? null : parts.serviceAccount(),
                value, primary.operator().name(), audienceChecked);
        GrantState state = actionAllowed ? GrantState.ACTIVE : GrantState.UNSATISFIABLE;
        String impossible;
        if (!glob && Glob.hasWildcard(value)) {
            findings.add(FindingCode.LITERAL_WILDCARD_IN_STRINGEQUALS, st, p.issuerKey(), primary.describe(),
                    primary.operator().name() + " compares \"" + value + "\" literally: its wildcard matches only a literal '*' or '?'"
                            + (p.eks() ? ", which no Kubernetes name contains, so the grant never matches" : ""));
            if (p.eks()) {
                state = GrantState.UNSATISFIABLE;
            }
        } else if (p.eks() && (impossible = impossibleReason(value, pattern, parts, comparison)) != null) {
            state = GrantState.UNSATISFIABLE;
            findings.add(FindingCode.UNSATISFIABLE_CONDITION, st, p.issuerKey(), primary.describe(),
                    "the grant \"" + value + "\" can never match: " + impossible);
        } else {
            ConditionEvaluator.Outcome outcome = ConditionEvaluator.evaluate(st.conditions(), IrsaContext.of(p.issuerKey(), value, pattern));
            if (outcome.truth() == Truth.FALSE) {
                state = GrantState.UNSATISFIABLE;
                findings.add(FindingCode.UNSATISFIABLE_CONDITION, st, p.issuerKey(), outcome.failing().describe(),
                        "the grant \"" + value + "\" can never match: " + why(outcome.failing(), p));
            } else if (pattern && p.eks() && state == GrantState.ACTIVE) {
                String scope = parts != null && Glob.hasWildcard(parts.namespace())
                        ? "service accounts of several namespaces" : "several service accounts";
                findings.add(FindingCode.WILDCARD_SUBJECT, st, p.issuerKey(), primary.describe(),
                        "the subject glob \"" + value + "\" matches " + scope + " of issuer " + p.issuer());
            }
        }
        return new StatementGrant(g, st.ref(), p, state, comparison);
    }

    private static String impossibleReason(String value, boolean pattern, ServiceAccountSubject parts, Comparison comparison) {
        if (pattern) {
            return ServiceAccountSubject.globCanMatchServiceAccount(value) ? null
                    : "the glob cannot match any system:serviceaccount:<namespace>:<name> subject";
        }
        if (parts == null) {
            return "\"" + value + "\" is not a service-account subject (system:serviceaccount:<namespace>:<name>)";
        }
        if (comparison == Comparison.IGNORE_CASE) {
            parts = new ServiceAccountSubject(parts.namespace().toLowerCase(Locale.ROOT), parts.serviceAccount().toLowerCase(Locale.ROOT));
        }
        return parts.invalidReason();
    }

    private static String why(ConditionClause failing, OidcProviderRef p) {
        String keyIssuer = AudienceReview.issuerOf(failing);
        if (keyIssuer != null && !keyIssuer.equals(p.issuerKey())) {
            return "tokens of " + p.issuer() + " carry no key " + failing.key() + ", so " + failing.describe() + " never holds";
        }
        return failing.describe() + " excludes it";
    }

    /** Condition keys of an issuer the statement does not trust are never in its requests. */
    private static void reportForeignKeys(PolicyStatement st, Set<String> issuers, List<OidcProviderRef> providers,
                                          TrustFindings findings) {
        Set<String> reported = new LinkedHashSet<>();
        for (ConditionClause c : st.conditions()) {
            String keyIssuer = AudienceReview.issuerOf(c);
            if (keyIssuer != null && !issuers.contains(keyIssuer) && reported.add(c.keyLower())) {
                findings.add(FindingCode.CONDITION_KEY_ISSUER_MISMATCH, st, providers.getFirst().issuerKey(), c.describe(),
                        "condition key " + c.key() + " names another issuer than the trusted provider "
                                + String.join(", ", providers.stream().map(OidcProviderRef::issuer).toList()));
            }
        }
    }
}
