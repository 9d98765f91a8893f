package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
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
                    FindingText.of("trusts " + providers.getFirst().issuer() + " but does not allow " + WEB_IDENTITY + ", so IRSA cannot use it",
                            "finding.text.irsa.actionMissing", providers.getFirst().issuer(), WEB_IDENTITY));
        }
        Set<String> issuers = new LinkedHashSet<>();
        providers.forEach(p -> issuers.add(p.issuerKey()));
        reportForeignKeys(st, issuers, providers, findings);
        List<StatementGrant> grants = new ArrayList<>();
        for (OidcProviderRef p : providers) {
            if (!p.eks()) {
                findings.add(FindingCode.NON_EKS_OIDC, st, p.issuerKey(), p.arn(),
                        FindingText.of("trusts OIDC issuer " + p.issuer() + ", which is not an EKS cluster issuer",
                                "finding.text.irsa.nonEks", p.issuer()));
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
                    FindingText.of(primary.describe() + " lists no value, so no token can match", "finding.text.irsa.noValues",
                            primary.describe()));
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
                    neverMatches(p, outcome.failing()));
        } else if (state == GrantState.UNSATISFIABLE) {
            return new StatementGrant(g, st.ref(), p, state, Comparison.GLOB);
        } else if (negated.isEmpty()) {
            findings.add(FindingCode.NO_SUBJECT_CONDITION, st, p.issuerKey(), st.compactJson(),
                    FindingText.of("has no condition on " + p.issuer()
                            + ":sub, so every service account of every namespace of that issuer can assume the role",
                            "finding.text.irsa.noSubject", p.issuer()));
        } else {
            findings.add(FindingCode.NEGATED_SUBJECT_CONDITION, st, p.issuerKey(), negated.getFirst().describe(),
                    FindingText.of("only excludes subjects (" + negated.getFirst().describe()
                            + "), so every other service account of that issuer can assume the role",
                            "finding.text.irsa.negated", negated.getFirst().describe()));
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
        FindingText impossible;
        if (!glob && Glob.hasWildcard(value)) {
            findings.add(FindingCode.LITERAL_WILDCARD_IN_STRINGEQUALS, st, p.issuerKey(), primary.describe(),
                    FindingText.of(primary.operator().name() + " compares \"" + value + "\" literally: its wildcard matches only a literal '*' or '?'"
                            + (p.eks() ? ", which no Kubernetes name contains, so the grant never matches" : ""),
                            p.eks() ? "finding.text.irsa.literalWildcard.eks" : "finding.text.irsa.literalWildcard",
                            primary.operator().name(), value));
            if (p.eks()) {
                state = GrantState.UNSATISFIABLE;
            }
        } else if (p.eks() && (impossible = impossibleReason(value, pattern, parts, comparison)) != null) {
            state = GrantState.UNSATISFIABLE;
            findings.add(FindingCode.UNSATISFIABLE_CONDITION, st, p.issuerKey(), primary.describe(),
                    grantNeverMatches(value, impossible));
        } else {
            ConditionEvaluator.Outcome outcome = ConditionEvaluator.evaluate(st.conditions(), IrsaContext.of(p.issuerKey(), value, pattern));
            if (outcome.truth() == Truth.FALSE) {
                state = GrantState.UNSATISFIABLE;
                findings.add(FindingCode.UNSATISFIABLE_CONDITION, st, p.issuerKey(), outcome.failing().describe(),
                        grantNeverMatches(value, why(outcome.failing(), p)));
            } else if (pattern && p.eks() && state == GrantState.ACTIVE) {
                FindingText scope = parts != null && Glob.hasWildcard(parts.namespace())
                        ? FindingText.of("service accounts of several namespaces", "finding.text.scope.namespaces")
                        : FindingText.of("several service accounts", "finding.text.scope.serviceAccounts");
                findings.add(FindingCode.WILDCARD_SUBJECT, st, p.issuerKey(), primary.describe(),
                        FindingText.of("the subject glob \"" + value + "\" matches " + scope + " of issuer " + p.issuer(),
                                "finding.text.irsa.wildcardSubject", value, scope, p.issuer()));
            }
        }
        return new StatementGrant(g, st.ref(), p, state, comparison);
    }

    private static FindingText neverMatches(OidcProviderRef p, ConditionClause failing) {
        FindingText why = why(failing, p);
        return FindingText.of("the grant to issuer " + p.issuer() + " can never match: " + why, "finding.text.irsa.issuerNeverMatches",
                p.issuer(), why);
    }

    private static FindingText grantNeverMatches(String value, FindingText why) {
        return FindingText.of("the grant \"" + value + "\" can never match: " + why, "finding.text.irsa.grantNeverMatches", value, why);
    }

    private static FindingText impossibleReason(String value, boolean pattern, ServiceAccountSubject parts, Comparison comparison) {
        if (pattern) {
            return ServiceAccountSubject.globCanMatchServiceAccount(value) ? null
                    : FindingText.of("the glob cannot match any system:serviceaccount:<namespace>:<name> subject", "finding.text.why.globNoServiceAccount");
        }
        if (parts == null) {
            return FindingText.of("\"" + value + "\" is not a service-account subject (system:serviceaccount:<namespace>:<name>)",
                    "finding.text.why.notServiceAccount", value);
        }
        if (comparison == Comparison.IGNORE_CASE) {
            parts = new ServiceAccountSubject(parts.namespace().toLowerCase(Locale.ROOT), parts.serviceAccount().toLowerCase(Locale.ROOT));
        }
        return parts.invalidReason();
    }

    private static FindingText why(ConditionClause failing, OidcProviderRef p) {
        String keyIssuer = AudienceReview.issuerOf(failing);
        if (keyIssuer != null && !keyIssuer.equals(p.issuerKey())) {
            return FindingText.of("tokens of " + p.issuer() + " carry no key " + failing.key() + ", so " + failing.describe() + " never holds",
                    "finding.text.why.foreignKey", p.issuer(), failing.key(), failing.describe());
        }
        return FindingText.of(failing.describe() + " excludes it", "finding.text.why.excludes", failing.describe());
    }

    /** Condition keys of an issuer the statement does not trust are never in its requests. */
    private static void reportForeignKeys(PolicyStatement st, Set<String> issuers, List<OidcProviderRef> providers,
                                          TrustFindings findings) {
        Set<String> reported = new LinkedHashSet<>();
        for (ConditionClause c : st.conditions()) {
            String keyIssuer = AudienceReview.issuerOf(c);
            if (keyIssuer != null && !issuers.contains(keyIssuer) && reported.add(c.keyLower())) {
                findings.add(FindingCode.CONDITION_KEY_ISSUER_MISMATCH, st, providers.getFirst().issuerKey(), c.describe(),
                        FindingText.of("condition key " + c.key() + " names another issuer than the trusted provider "
                                + String.join(", ", providers.stream().map(OidcProviderRef::issuer).toList()),
                                "finding.text.irsa.foreignKey", c.key(), String.join(", ", providers.stream().map(OidcProviderRef::issuer).toList())));
            }
        }
    }
}
