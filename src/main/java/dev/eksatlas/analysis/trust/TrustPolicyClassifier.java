package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.policy.MalformedStatement;
import dev.eksatlas.analysis.policy.PolicyDocument;
import dev.eksatlas.analysis.policy.PolicyFormatException;
import dev.eksatlas.analysis.policy.PolicyParser;
import dev.eksatlas.analysis.policy.PolicyStatement;
import dev.eksatlas.domain.IamRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a role's trust policy as IAM evaluates it and says what it grants: IRSA grants, Pod
 * Identity trust, findings and size. Pure and thread-safe; never throws for any input text.
 */
public final class TrustPolicyClassifier {
    private final PolicyParser parser;
    private final IrsaStatementReader irsaReader = new IrsaStatementReader();
    private final PodIdentityTrustReader podIdentityReader = new PodIdentityTrustReader();
    private final DenyReview denyReview = new DenyReview();
    private final StatementHygiene hygiene = new StatementHygiene();

    public TrustPolicyClassifier() {
        this(new PolicyParser());
    }

    public TrustPolicyClassifier(PolicyParser parser) {
        this.parser = parser;
    }

    /** Classifies policy text (JSON or IAM's URL-encoded form); unreadable text gives {@code unparseable-policy}. */
    public TrustAnalysis classify(String policyText) {
        PolicyDocument doc;
        try {
            doc = parser.parse(policyText);
        } catch (PolicyFormatException e) {
            TrustFindings findings = new TrustFindings();
            findings.add(FindingCode.UNPARSEABLE_POLICY, Severity.MEDIUM, (PolicyStatement) null, null,
                    abbreviate(policyText), FindingText.of("The trust policy could not be read: " + e.getMessage(),
                            "finding.text.policy.unparseable", FindingText.plain(e.getMessage())));
            int size = IamRole.policySize(policyText);
            return new TrustAnalysis(null, List.of(), PodIdentityTrust.NONE, findings.list(),
                    new PolicySize(size, 0, 0, PolicySize.TYPICAL_IRSA_STATEMENT, 0, 0));
        }
        return classify(doc);
    }

    public TrustAnalysis classify(PolicyDocument doc) {
        TrustFindings findings = new TrustFindings();
        for (MalformedStatement m : doc.malformed()) {
            findings.add(FindingCode.MALFORMED_STATEMENT, Severity.MEDIUM, m.ref(), null, m.json(),
                    FindingText.of(m.reason().substring(m.ref().label().length()).strip() + "; it was left out of the analysis",
                            "finding.text.policy.malformed", FindingText.plain(m.reason().substring(m.ref().label().length()).strip())));
        }
        List<StatementGrant> grants = new ArrayList<>();
        for (PolicyStatement st : doc.statements()) {
            hygiene.review(st, findings);
            grants.addAll(irsaReader.read(st, findings));
        }
        PodIdentityTrust podIdentity = podIdentityReader.read(doc.statements(), findings);
        DenyReview.Result afterDeny = denyReview.apply(doc.statements(), grants, podIdentity, findings);
        grants = afterDeny.grants();
        podIdentity = afterDeny.podIdentity();
        reportDuplicates(grants, findings);
        if (podIdentity.trusted() && grants.stream().anyMatch(StatementGrant::active)) {
            findings.add(FindingCode.IRSA_AND_POD_IDENTITY, Severity.INFO, (PolicyStatement) null, null,
                    String.join(", ", podIdentity.statementRefs().stream().map(r -> r.label()).toList()),
                    FindingText.of("The role trusts both IRSA issuers and " + PodIdentityTrust.SERVICE, "finding.text.policy.both",
                            PodIdentityTrust.SERVICE));
        }
        PolicySize size = PolicySizer.size(doc);
        PolicySizer.report(size, findings);
        return new TrustAnalysis(doc, grants, podIdentity, findings.list(), size);
    }

    private static void reportDuplicates(List<StatementGrant> grants, TrustFindings findings) {
        Set<String> seen = new HashSet<>();
        for (StatementGrant g : grants) {
            String key = g.issuerKey() + "\n" + g.grant().subject() + "\n" + g.comparison();
            if (g.active() && !seen.add(key)) {
                findings.add(FindingCode.DUPLICATE_GRANT, Severity.LOW, g.statement(), g.issuerKey(),
                        String.valueOf(g.grant().subject()),
                        g.grant().subject() == null
                                ? FindingText.of("repeats the grant to every subject of issuer " + g.grant().issuer(),
                                        "finding.text.policy.duplicateEverySubject", g.grant().issuer())
                                : FindingText.of("repeats the grant \"" + g.grant().subject() + "\" of issuer " + g.grant().issuer(),
                                        "finding.text.policy.duplicate", g.grant().subject(), g.grant().issuer()));
            }
        }
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
