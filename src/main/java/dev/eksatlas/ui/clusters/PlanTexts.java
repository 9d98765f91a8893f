package dev.eksatlas.ui.clusters;

import dev.eksatlas.analysis.migration.MigrationPlan;
import dev.eksatlas.analysis.migration.MigrationStep;
import dev.eksatlas.analysis.migration.PlanNote;
import dev.eksatlas.analysis.migration.ServiceAccountRef;
import dev.eksatlas.analysis.migration.StepKind;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.ui.common.Messages;

/** A migration plan's titles, explanations and notes in the user's language, from its typed steps and note codes. */
final class PlanTexts {
    private final Messages m;

    PlanTexts(Messages messages) {
        this.m = messages;
    }

    String choice(MigrationPlan plan) {
        ServiceAccountRef sa = plan.serviceAccount();
        return m.get("plan.choice", sa.namespace(), sa.serviceAccount(), status(plan));
    }

    String status(MigrationPlan plan) {
        return m.get("plan.status." + plan.status().name());
    }

    String title(MigrationPlan plan, MigrationStep step) {
        ServiceAccountRef sa = plan.serviceAccount();
        String role = step.policy() != null ? step.policy().roleArn() : plan.roleArn();
        // An association step without a command is one that already exists (working or not).
        boolean done = step.done() || step.command() == null && step.kind() == StepKind.CREATE_ASSOCIATION;
        String key = "plan.step." + step.kind().name() + (done && m.has("plan.step." + step.kind().name() + ".done") ? ".done" : "");
        return m.get("plan.stepTitle", step.order(), m.get(key, ComparisonTexts.roleName(role), sa.namespace(), sa.serviceAccount()));
    }

    String why(MigrationStep step) {
        return m.get("plan.why." + step.kind().name());
    }

    String policySize(MigrationStep step) {
        int size = step.policy().resultingSize();
        return m.get("plan.policy", size, Math.round(size * 100.0 / IamRole.DEFAULT_TRUST_POLICY_LIMIT));
    }

    String note(PlanNote note) {
        String key = "plan.note." + note.code();
        return m.get("plan.noteKind." + note.kind().name(), m.has(key) ? m.get(key) : note.text());
    }
}
