package dev.eksatlas.analysis.comparison;

import dev.eksatlas.domain.IamRole;

/**
 * IRSA trust relationships live in the trust policy: 2,048 characters by default (about 4), 4,096
 * at most (about 8). Pod Identity needs one statement whatever the number of clusters.
 *
 * @param largestRoleArn    the IRSA role of this cluster with the largest trust policy, or null
 * @param largestSize       its size in non-white-space characters
 * @param statements        its statements
 * @param moreUnderDefault  IRSA statements of its own average size that still fit under 2,048
 * @param moreUnderMax      ... under 4,096
 * @param rolesNearLimit    this cluster's IRSA roles at 80% or more of 2,048 (not over)
 * @param rolesOverDefault  ... over 2,048
 */
public record RoleScalabilityRow(String largestRoleArn, int largestSize, int statements, int moreUnderDefault, int moreUnderMax,
                                 int rolesNearLimit, int rolesOverDefault) implements ComparisonRow {

    @Override
    public RowKey key() {
        return RowKey.ROLE_SCALABILITY;
    }

    public int percentOfDefault() {
        return (int) Math.round(largestSize * 100.0 / IamRole.DEFAULT_TRUST_POLICY_LIMIT);
    }

    @Override
    public String irsaFact() {
        if (largestRoleArn == null) {
            return "No IRSA role";
        }
        return "Largest trust policy: " + largestRoleArn + ", " + Texts.number(largestSize) + " of "
                + Texts.number(IamRole.DEFAULT_TRUST_POLICY_LIMIT) + " characters (" + percentOfDefault() + "%), "
                + Texts.count(statements, "statement", "statements") + "; room for " + moreUnderDefault + " more under "
                + Texts.number(IamRole.DEFAULT_TRUST_POLICY_LIMIT) + " and " + moreUnderMax + " under "
                + Texts.number(IamRole.MAX_TRUST_POLICY_LIMIT);
    }

    @Override
    public String podIdentityFact() {
        return "One statement for pods.eks.amazonaws.com, whatever the number of clusters";
    }

    @Override
    public RowVerdict verdict() {
        return rolesNearLimit + rolesOverDefault > 0 ? RowVerdict.FAVOURS_POD_IDENTITY : RowVerdict.NEUTRAL;
    }

    @Override
    public String verdictText() {
        if (rolesNearLimit + rolesOverDefault > 0) {
            return Texts.count(rolesNearLimit + rolesOverDefault, "role is", "roles are") + " near or over the default trust-policy limit";
        }
        return largestRoleArn == null ? "No trust policy to grow" : "Trust policies have room";
    }
}
