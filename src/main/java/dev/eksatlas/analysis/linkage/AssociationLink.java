package dev.eksatlas.analysis.linkage;

import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.domain.PodIdentityAssociation;

/**
 * An association with its role and target role (null when not scanned or missing), and whether
 * it works; {@code detail} says why not, in English, or is null when it does; {@code detailText}
 * is the same with its message key, for other languages.
 */
public record AssociationLink(
        PodIdentityAssociation association,
        RoleAnalysis role,
        RoleAnalysis targetRole,
        AssociationHealth health,
        String detail,
        FindingText detailText) {

    /** A link whose detail (if any) has no translation. */
    public AssociationLink(PodIdentityAssociation association, RoleAnalysis role, RoleAnalysis targetRole, AssociationHealth health,
                           String detail) {
        this(association, role, targetRole, health, detail, detail == null ? null : FindingText.plain(detail));
    }
}
