package dev.eksatlas.ui.overview;

import dev.eksatlas.domain.IamRole;

/**
 * One bar of the trust-policy size histogram: the IRSA roles whose trust policy has more than
 * {@code lower} and at most {@code upper} characters (white space not counted, as IAM counts).
 * Bins are {@link #WIDTH} wide, so the default limit of 2,048 falls on a bin edge.
 */
public record SizeBin(int lower, int upper, int roles) {
    public static final int WIDTH = 256;

    /** Bins up to 80% of the limit are fine; bins reaching past it are near; bins above 2,048 need a raised quota. */
    public Zone zone() {
        if (lower >= IamRole.DEFAULT_TRUST_POLICY_LIMIT) {
            return Zone.OVER;
        }
        return upper * 5 > IamRole.DEFAULT_TRUST_POLICY_LIMIT * 4 ? Zone.NEAR : Zone.OK;
    }

    /** True for the last bin at or under the default limit: the limit's mark goes after it. */
    public boolean endsAtDefaultLimit() {
        return upper == IamRole.DEFAULT_TRUST_POLICY_LIMIT;
    }
}
