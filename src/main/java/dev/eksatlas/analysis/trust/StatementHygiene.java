package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.policy.ConditionClause;
import dev.eksatlas.analysis.policy.ConditionOperator.Qualifier;
import dev.eksatlas.analysis.policy.PolicyStatement;
import java.util.Set;

/** Checks that apply to any trust statement, whatever it trusts. */
final class StatementHygiene {
    // Keys that really carry several values; a set operator on any other key is a mistake.
    private static final Set<String> MULTI_VALUED = Set.of("aws:tagkeys", "aws:principalorgpaths", "aws:calledvia");

    void review(PolicyStatement st, TrustFindings findings) {
        if (st.allows()) {
            if (st.notPrincipal()) {
                findings.add(FindingCode.NOT_PRINCIPAL_ALLOW, st, null, st.compactJson(),
                        "allows everyone except the principals listed in NotPrincipal");
            } else if (st.principal().anyone()) {
                findings.add(FindingCode.ALLOW_ANY_PRINCIPAL, st.conditions().isEmpty() ? Severity.HIGH : Severity.MEDIUM,
                        st, null, st.compactJson(), st.conditions().isEmpty()
                                ? "allows any principal to assume the role"
                                : "allows any principal that meets its conditions to assume the role");
            }
            if (st.actions().not()) {
                findings.add(FindingCode.NOT_ACTION_ALLOW, st, null, st.compactJson(),
                        "allows every action except those in NotAction");
            } else if (st.actions().allOfSts()) {
                findings.add(FindingCode.WILDCARD_ACTION, st, null, st.compactJson(),
                        "allows every STS action (" + String.join(", ", st.actions().patterns()) + ")");
            }
        }
        for (ConditionClause c : st.conditions()) {
            if (!c.operator().known()) {
                findings.add(FindingCode.UNKNOWN_CONDITION_OPERATOR, st, null, c.describe(),
                        "uses the unknown condition operator " + c.operator().name() + "; its condition was not evaluated");
            } else if (c.operator().qualifier() == Qualifier.FOR_ALL_VALUES && !multiValued(c.keyLower())) {
                findings.add(FindingCode.SET_OPERATOR_ON_SINGLE_VALUED_KEY, st, AudienceReview.issuerOf(c), c.describe(),
                        "uses ForAllValues: on the single-valued key " + c.key() + ", which also holds when the key is missing");
            }
        }
    }

    private static boolean multiValued(String keyLower) {
        return MULTI_VALUED.contains(keyLower) || keyLower.endsWith(":amr");
    }
}
