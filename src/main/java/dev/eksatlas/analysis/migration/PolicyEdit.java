package dev.eksatlas.analysis.migration;

import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.domain.IamRole;
import java.util.Locale;

/**
 * A change to a role's trust policy: what is added or removed, and the whole resulting policy
 * with its size (non-white-space characters, as IAM counts) against the limits.
 */
public record PolicyEdit(String roleArn, String addedStatement, String removed, String resultingPolicy, int resultingSize) {

    public boolean overDefaultLimit() {
        return resultingSize > IamRole.DEFAULT_TRUST_POLICY_LIMIT;
    }

    public boolean overMaxLimit() {
        return resultingSize > IamRole.MAX_TRUST_POLICY_LIMIT;
    }

    /** e.g. {@code 1,912 of 2,048 characters (93%)}. */
    public String sizeText() {
        return size().english();
    }

    /** {@link #sizeText()} with its message key and the three numbers as it writes them. */
    public FindingText size() {
        String size = String.format(Locale.ENGLISH, "%,d", resultingSize);
        String limit = String.format(Locale.ENGLISH, "%,d", IamRole.DEFAULT_TRUST_POLICY_LIMIT);
        String percent = String.valueOf(Math.round(resultingSize * 100.0 / IamRole.DEFAULT_TRUST_POLICY_LIMIT));
        return FindingText.of(size + " of " + limit + " characters (" + percent + "%)", "plan.text.size", size, limit, percent);
    }
}
