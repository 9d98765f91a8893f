package dev.eksatlas.analysis.migration;

import dev.eksatlas.analysis.linkage.RoleAnalysis;
import dev.eksatlas.analysis.trust.StatementGrant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** What a plan needs to know about how widely an IRSA role is used; computed once per role. */
record RoleUse(Set<String> eksIssuerKeys, int distinctGrants) {

    static RoleUse of(RoleAnalysis role) {
        Set<String> issuers = new LinkedHashSet<>();
        Set<String> grants = new HashSet<>();
        for (StatementGrant g : role.trust().activeGrants()) {
            if (g.grant().eksIssuer()) {
                issuers.add(g.issuerKey());
            }
            grants.add(g.issuerKey() + " " + g.grant().subject());
        }
        return new RoleUse(Set.copyOf(issuers), grants.size());
    }
}
