package dev.eksatlas.analysis.comparison;

/**
 * Pod Identity adds session tags (cluster, namespace, service account, pod) usable for ABAC; IRSA
 * has none, so every pod of a service account gets the whole role.
 *
 * @param associations              this cluster's associations
 * @param sessionTagsDisabled       of those, with session tags disabled
 * @param rolesScopedByRequestTags  association roles whose Pod Identity trust tests aws:RequestTag keys
 * @param rolesNotScoped            association roles trusting Pod Identity without such a condition
 * @param irsaServiceAccounts       service accounts named exactly by IRSA grants for this issuer
 * @param irsaRolesServingSeveral   IRSA roles of this cluster granted to more than one service account (or a glob)
 */
public record RoleReusabilityRow(int associations, int sessionTagsDisabled, int rolesScopedByRequestTags, int rolesNotScoped,
                                 int irsaServiceAccounts, int irsaRolesServingSeveral) implements ComparisonRow {

    @Override
    public RowKey key() {
        return RowKey.ROLE_REUSABILITY;
    }

    @Override
    public String irsaFact() {
        return "No session tags: every pod of the " + Texts.count(irsaServiceAccounts, "service account", "service accounts")
                + " on IRSA gets the whole role; " + Texts.count(irsaRolesServingSeveral, "role serves", "roles serve")
                + " several service accounts alike";
    }

    @Override
    public String podIdentityFact() {
        if (associations == 0) {
            return "No association yet; EKS would tag sessions with cluster, namespace, service account and pod";
        }
        return Texts.count(associations, "association", "associations") + ", " + Texts.number(sessionTagsDisabled)
                + " with session tags disabled; " + Texts.count(rolesScopedByRequestTags, "role", "roles")
                + " scoped by request tags, " + Texts.number(rolesNotScoped) + " not";
    }

    @Override
    public RowVerdict verdict() {
        return irsaRolesServingSeveral > 0 ? RowVerdict.FAVOURS_POD_IDENTITY : RowVerdict.NEUTRAL;
    }

    @Override
    public String verdictText() {
        return irsaRolesServingSeveral > 0
                ? "Session tags would let these roles tell service accounts apart (${aws:PrincipalTag/kubernetes-service-account})"
                : "No role is shared by several service accounts";
    }
}
