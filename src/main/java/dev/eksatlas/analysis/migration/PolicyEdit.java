package dev.eksatlas.analysis.migration;

import dev.eksatlas.domain.IamRole;

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
        return String.format(java.util.Locale.ENGLISH, "%,d of %,d characters (%d%%)", resultingSize,
                IamRole.DEFAULT_TRUST_POLICY_LIMIT, Math.round(resultingSize * 100.0 / IamRole.DEFAULT_TRUST_POLICY_LIMIT));
    }
}
