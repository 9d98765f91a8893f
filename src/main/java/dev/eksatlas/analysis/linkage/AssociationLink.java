package dev.eksatlas.analysis.linkage;

import dev.eksatlas.domain.PodIdentityAssociation;

/**
 * An association with its role and target role (null when not scanned or missing), and whether
 * it works; {@code detail} says why not, in English, or is null when it does.
 */
public record AssociationLink(
        PodIdentityAssociation association,
        RoleAnalysis role,
        RoleAnalysis targetRole,
        AssociationHealth health,
        String detail) {
}
