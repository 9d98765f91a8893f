package dev.eksatlas.analysis.linkage;

import dev.eksatlas.analysis.trust.TrustAnalysis;
import dev.eksatlas.domain.IamRole;

/** A role with what its trust policy grants. */
public record RoleAnalysis(IamRole role, TrustAnalysis trust) {

    public String arn() {
        return role.arn();
    }
}
