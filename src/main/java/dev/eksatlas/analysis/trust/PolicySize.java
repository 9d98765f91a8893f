package dev.eksatlas.analysis.trust;

import dev.eksatlas.domain.IamRole;

/**
 * A trust policy's size against IAM's quota, counted as IAM does (characters other than white
 * space): {@link IamRole#DEFAULT_TRUST_POLICY_LIMIT} by default, {@link IamRole#MAX_TRUST_POLICY_LIMIT}
 * at most. {@code averageIrsaStatement} is the policy's own average IRSA statement size, or
 * {@link #TYPICAL_IRSA_STATEMENT} when it has none; the {@code more...} counts say how many more
 * such statements (plus a separating comma each) would fit.
 */
public record PolicySize(
        int characters,
        int statements,
        int irsaStatements,
        int averageIrsaStatement,
        int moreIrsaUnderDefault,
        int moreIrsaUnderMax) {

    /** A minified single-service-account IRSA statement, about 470 characters (≈4 per 2,048). */
    public static final int TYPICAL_IRSA_STATEMENT = 470;

    /** 80% or more of the default limit, but not over it. */
    public boolean nearDefaultLimit() {
        return characters * 5 >= IamRole.DEFAULT_TRUST_POLICY_LIMIT * 4 && !overDefaultLimit();
    }

    public boolean overDefaultLimit() {
        return characters > IamRole.DEFAULT_TRUST_POLICY_LIMIT;
    }

    /** 80% or more of the 4,096-character maximum, which no quota increase can raise. */
    public boolean nearMaxLimit() {
        return characters * 5 >= IamRole.MAX_TRUST_POLICY_LIMIT * 4;
    }

    /** Share of the default limit used, in percent (may exceed 100). */
    public int percentOfDefault() {
        return (int) Math.round(characters * 100.0 / IamRole.DEFAULT_TRUST_POLICY_LIMIT);
    }

    static int moreThatFit(int characters, int limit, int statementSize) {
        int room = limit - characters;
        return room <= 0 ? 0 : room / (statementSize + 1);
    }
}
