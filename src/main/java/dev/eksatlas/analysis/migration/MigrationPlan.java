package dev.eksatlas.analysis.migration;

import java.util.List;

/**
 * How to move one service account from IRSA to EKS Pod Identity. {@code roleArn} is the IRSA role
 * the plan keeps using (the first of its roles; others are named in a warning).
 */
public record MigrationPlan(ServiceAccountRef serviceAccount, String roleArn, PlanStatus status, List<MigrationStep> steps,
                            List<PlanNote> notes) {

    public MigrationPlan {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    public List<PlanNote> notes(PlanNote.Kind kind) {
        return notes.stream().filter(n -> n.kind() == kind).toList();
    }

    public MigrationStep step(StepKind kind) {
        return steps.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
    }
}
