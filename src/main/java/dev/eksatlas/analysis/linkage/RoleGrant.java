package dev.eksatlas.analysis.linkage;

import dev.eksatlas.analysis.trust.StatementGrant;

/** One IRSA grant of one role. */
public record RoleGrant(RoleAnalysis role, StatementGrant grant) {

    public String roleArn() {
        return role.arn();
    }
}
