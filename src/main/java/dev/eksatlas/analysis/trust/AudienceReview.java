package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.policy.ConditionClause;
import dev.eksatlas.analysis.policy.ConditionEvaluator;
import dev.eksatlas.analysis.policy.ConditionOperator.Comparison;
import dev.eksatlas.analysis.policy.Glob;
import dev.eksatlas.analysis.policy.KeyValue;
import dev.eksatlas.analysis.policy.PolicyStatement;
import dev.eksatlas.analysis.policy.Truth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a statement's {@code <issuer>:aud} condition. The EKS pod identity webhook requests
 * tokens for {@code sts.amazonaws.com}, in China too; {@code sts.amazonaws.com.cn} is what some
 * tooling writes and what STS then refuses as an incorrect audience.
 */
final class AudienceReview {
    static final String STS_AUDIENCE = "sts.amazonaws.com";
    static final String CHINA_AUDIENCE = "sts.amazonaws.com.cn";

    private AudienceReview() {
    }

    /** Reports audience findings; returns whether the audience is constrained to a concrete value. */
    static boolean review(PolicyStatement st, OidcProviderRef provider, TrustFindings findings) {
        String key = provider.issuerKey();
        List<ConditionClause> aud = st.conditions().stream().filter(c -> c.conditionKey().is(key, "aud")).toList();
        List<ConditionClause> positive = aud.stream().filter(c -> c.operator().positiveMatch() && !c.values().isEmpty()).toList();
        boolean concrete = positive.stream().anyMatch(c -> c.operator().comparison() != Comparison.GLOB
                || c.values().stream().noneMatch(Glob::hasWildcard));
        String issuer = provider.issuer();
        if (!concrete) {
            String why = aud.isEmpty() ? "has no condition on " + issuer + ":aud"
                    : "does not pin " + issuer + ":aud to a concrete value";
            findings.add(FindingCode.MISSING_AUDIENCE_CONDITION, st, key, evidence(st, aud),
                    FindingText.of(why + ", so tokens minted for any audience are accepted",
                            aud.isEmpty() ? "finding.text.audience.none" : "finding.text.audience.notPinned", issuer));
            return false;
        }
        for (ConditionClause c : positive) {
            if (c.operator().comparison() != Comparison.GLOB && c.values().stream().anyMatch(Glob::hasWildcard)) {
                findings.add(FindingCode.LITERAL_WILDCARD_IN_STRINGEQUALS, st, key, c.describe(),
                        FindingText.of(c.operator().name() + " on " + issuer + ":aud compares literally, so its wildcard matches only itself",
                                "finding.text.audience.literalWildcard", c.operator().name(), issuer));
            }
        }
        boolean standard = accepts(aud, STS_AUDIENCE);
        boolean china = accepts(aud, CHINA_AUDIENCE);
        if (china && !standard) {
            findings.add(FindingCode.CHINA_AUDIENCE_VALUE, st, key, evidence(st, aud),
                    FindingText.of("accepts audience " + CHINA_AUDIENCE + " but not " + STS_AUDIENCE
                            + ": IRSA tokens carry " + STS_AUDIENCE + " (also in China) and are refused",
                            "finding.text.audience.chinaOnly", CHINA_AUDIENCE, STS_AUDIENCE));
        } else if (china) {
            findings.add(FindingCode.CHINA_AUDIENCE_VALUE, Severity.INFO, st, key, evidence(st, aud),
                    FindingText.of("accepts audience " + CHINA_AUDIENCE + " besides " + STS_AUDIENCE + "; only the latter is used",
                            "finding.text.audience.chinaAlso", CHINA_AUDIENCE, STS_AUDIENCE));
        }
        Set<String> unexpected = new LinkedHashSet<>();
        for (ConditionClause c : positive) {
            for (String v : c.values()) {
                if (!v.equals(STS_AUDIENCE) && !v.equals(CHINA_AUDIENCE) && accepts(aud, v)) {
                    unexpected.add(v);
                }
            }
        }
        if (!unexpected.isEmpty()) {
            String only = standard || china ? "also accepts audience " : "accepts only audience ";
            String tail = standard || china ? "" : ": IRSA tokens carry " + STS_AUDIENCE
                    + " unless the service account sets eks.amazonaws.com/audience";
            findings.add(FindingCode.UNEXPECTED_AUDIENCE_VALUE, st, key, evidence(st, aud),
                    FindingText.of(only + String.join(", ", unexpected) + tail,
                            standard || china ? "finding.text.audience.also" : "finding.text.audience.only",
                            standard || china ? new Object[] {String.join(", ", unexpected)} : new Object[] {String.join(", ", unexpected), STS_AUDIENCE}));
        }
        return true;
    }

    private static boolean accepts(List<ConditionClause> aud, String audience) {
        Truth t = Truth.TRUE;
        for (ConditionClause c : aud) {
            t = t.and(ConditionEvaluator.evaluate(c, KeyValue.of(audience)));
        }
        return t != Truth.FALSE;
    }

    private static String evidence(PolicyStatement st, List<ConditionClause> aud) {
        return aud.isEmpty() ? st.compactJson() : String.join("; ", aud.stream().map(ConditionClause::describe).toList());
    }

    static String issuerOf(ConditionClause c) {
        return c.conditionKey().issuer();
    }

}
