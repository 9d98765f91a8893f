package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
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
                        FindingText.of("allows everyone except the principals listed in NotPrincipal", "finding.text.hygiene.notPrincipal"));
            } else if (st.principal().anyone()) {
                findings.add(FindingCode.ALLOW_ANY_PRINCIPAL, st.conditions().isEmpty() ? Severity.HIGH : Severity.MEDIUM,
                        st, null, st.compactJson(), st.conditions().isEmpty()
                                ? FindingText.of("allows any principal to assume the role", "finding.text.hygiene.anyPrincipal")
                                : FindingText.of("allows any principal that meets its conditions to assume the role",
                                        "finding.text.hygiene.anyPrincipal.conditions"));
            }
            if (st.actions().not()) {
                findings.add(FindingCode.NOT_ACTION_ALLOW, st, null, st.compactJson(),
                        FindingText.of("allows every action except those in NotAction", "finding.text.hygiene.notAction"));
            } else if (st.actions().allOfSts()) {
                findings.add(FindingCode.WILDCARD_ACTION, st, null, st.compactJson(),
                        FindingText.of("allows every STS action (" + String.join(", ", st.actions().patterns()) + ")",
                                "finding.text.hygiene.wildcardAction", String.join(", ", st.actions().patterns())));
            }
        }
        for (ConditionClause c : st.conditions()) {
            if (!c.operator().known()) {
                findings.add(FindingCode.UNKNOWN_CONDITION_OPERATOR, st, null, c.describe(),
                        FindingText.of("uses the unknown condition operator " + c.operator().name() + "; its condition was not evaluated",
                                "finding.text.hygiene.unknownOperator", c.operator().name()));
            } else if (c.operator().qualifier() == Qualifier.FOR_ALL_VALUES && !multiValued(c.keyLower())) {
                findings.add(FindingCode.SET_OPERATOR_ON_SINGLE_VALUED_KEY, st, AudienceReview.issuerOf(c), c.describe(),
                        FindingText.of("uses ForAllValues: on the single-valued key " + c.key() + ", which also holds when the key is missing",
                                "finding.text.hygiene.forAllValues", c.key()));
            }
        }
    }

    private static boolean multiValued(String keyLower) {
        return MULTI_VALUED.contains(keyLower) || keyLower.endsWith(":amr");
    }
}
