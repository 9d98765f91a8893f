package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.policy.JsonSize;
import dev.eksatlas.analysis.policy.PolicyDocument;
import dev.eksatlas.analysis.policy.PolicyStatement;
import dev.eksatlas.analysis.policy.StatementRef;
import dev.eksatlas.domain.IamRole;
import java.util.Objects;

/** Measures a trust policy against IAM's size quota and reports when it gets close. */
final class PolicySizer {
    private PolicySizer() {
    }

    static PolicySize size(PolicyDocument doc) {
        int characters = IamRole.policySize(doc.text());
        int irsaStatements = 0;
        long irsaCharacters = 0;
        for (PolicyStatement st : doc.statements()) {
            if (st.allows() && st.principal().federated().stream().map(OidcProviderRef::parse).anyMatch(Objects::nonNull)) {
                irsaStatements++;
                irsaCharacters += st.source() == null ? 0 : JsonSize.of(st.source());
            }
        }
        int average = irsaStatements == 0 ? PolicySize.TYPICAL_IRSA_STATEMENT : (int) Math.round((double) irsaCharacters / irsaStatements);
        return new PolicySize(characters, doc.statementCount(), irsaStatements, average,
                PolicySize.moreThatFit(characters, IamRole.DEFAULT_TRUST_POLICY_LIMIT, average),
                PolicySize.moreThatFit(characters, IamRole.MAX_TRUST_POLICY_LIMIT, average));
    }

    static void report(PolicySize size, TrustFindings findings) {
        String measured = size.characters() + " non-white-space characters (" + size.percentOfDefault() + "% of "
                + IamRole.DEFAULT_TRUST_POLICY_LIMIT + "), " + size.statements() + " statements";
        FindingText measuredText = FindingText.of(measured, "finding.text.size.measured", size.characters(), size.percentOfDefault(),
                IamRole.DEFAULT_TRUST_POLICY_LIMIT, size.statements());
        StatementRef none = null;
        if (size.nearDefaultLimit()) {
            findings.add(FindingCode.TRUST_POLICY_NEAR_LIMIT, Severity.MEDIUM, none, null, measured,
                    FindingText.of("The trust policy uses " + measured + "; room for " + size.moreIrsaUnderDefault()
                            + " more IRSA statements of " + size.averageIrsaStatement() + " characters under the default limit",
                            "finding.text.size.nearLimit", measuredText, size.moreIrsaUnderDefault(), size.averageIrsaStatement()));
        }
        if (size.overDefaultLimit()) {
            findings.add(FindingCode.TRUST_POLICY_OVER_DEFAULT_LIMIT, Severity.MEDIUM, none, null, measured,
                    FindingText.of("The trust policy uses " + measured + ", over the default limit of " + IamRole.DEFAULT_TRUST_POLICY_LIMIT
                            + "; room for " + size.moreIrsaUnderMax() + " more IRSA statements under the maximum of "
                            + IamRole.MAX_TRUST_POLICY_LIMIT,
                            "finding.text.size.overDefault", measuredText, IamRole.DEFAULT_TRUST_POLICY_LIMIT, size.moreIrsaUnderMax(),
                            IamRole.MAX_TRUST_POLICY_LIMIT));
        }
        if (size.nearMaxLimit()) {
            findings.add(FindingCode.TRUST_POLICY_NEAR_MAX_LIMIT, Severity.HIGH, none, null, measured,
                    FindingText.of("The trust policy uses " + size.characters() + " of the " + IamRole.MAX_TRUST_POLICY_LIMIT
                            + " characters no quota increase can raise",
                            "finding.text.size.nearMax", size.characters(), IamRole.MAX_TRUST_POLICY_LIMIT));
        }
    }
}
