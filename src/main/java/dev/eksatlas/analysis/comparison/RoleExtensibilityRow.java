package dev.eksatlas.analysis.comparison;

/**
 * IRSA: every role names each cluster's OIDC provider, so a new cluster means editing every shared
 * role. Pod Identity: one trust statement for {@code pods.eks.amazonaws.com}, for any cluster.
 *
 * @param irsaRoles                 roles with an active grant for this cluster's issuer
 * @param sharedIrsaRoles           of those, roles also trusting other EKS issuers
 * @param associationRoles          distinct roles of this cluster's associations
 * @param associationRolesTrusting  of those, roles whose trust admits Pod Identity
 */
public record RoleExtensibilityRow(int irsaRoles, int sharedIrsaRoles, int associationRoles, int associationRolesTrusting)
        implements ComparisonRow {

    @Override
    public RowKey key() {
        return RowKey.ROLE_EXTENSIBILITY;
    }

    @Override
    public String irsaFact() {
        if (irsaRoles == 0) {
            return "No role trusts this cluster's issuer";
        }
        return Texts.count(irsaRoles, "role trusts", "roles trust") + " this cluster's issuer; "
                + (sharedIrsaRoles == 0 ? "none is shared with other clusters"
                : Texts.number(sharedIrsaRoles) + " also trust other clusters and need one more statement for every new cluster");
    }

    @Override
    public String podIdentityFact() {
        if (associationRoles == 0) {
            return "No association yet; a role needs one statement for pods.eks.amazonaws.com, whatever the number of clusters";
        }
        return Texts.count(associationRoles, "association role", "association roles") + "; "
                + Texts.number(associationRolesTrusting) + " trust pods.eks.amazonaws.com once, for every cluster";
    }

    @Override
    public RowVerdict verdict() {
        return sharedIrsaRoles > 0 ? RowVerdict.FAVOURS_POD_IDENTITY : RowVerdict.NEUTRAL;
    }

    @Override
    public String verdictText() {
        return sharedIrsaRoles > 0 ? "Pod Identity saves " + Texts.count(sharedIrsaRoles, "trust-policy edit", "trust-policy edits") + " per new cluster"
                : irsaRoles > 0 ? "No shared IRSA role yet" : "No IRSA roles to extend";
    }
}
