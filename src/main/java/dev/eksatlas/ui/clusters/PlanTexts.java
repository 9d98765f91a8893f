package dev.eksatlas.ui.clusters;

import dev.eksatlas.analysis.migration.MigrationPlan;
import dev.eksatlas.analysis.migration.MigrationStep;
import dev.eksatlas.analysis.migration.PlanNote;
import dev.eksatlas.analysis.migration.ServiceAccountRef;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.ui.common.FindingTexts;
import dev.eksatlas.ui.common.Messages;

/**
 * A migration plan's titles, explanations and notes in the user's language: the analysis's own
 * texts (keyed beside their English, ADR 0012), so they name the same roles, clusters and sizes
 * as the CSV export; in English they are exactly the export's words.
 */
final class PlanTexts {
    private final Messages m;
    private final FindingTexts texts;

    PlanTexts(Messages messages) {
        this.m = messages;
        this.texts = new FindingTexts(messages);
    }

    String choice(MigrationPlan plan) {
        ServiceAccountRef sa = plan.serviceAccount();
        return m.get("plan.choice", sa.namespace(), sa.serviceAccount(), status(plan));
    }

    String status(MigrationPlan plan) {
        return m.get("plan.status." + plan.status().name());
    }

    String title(MigrationStep step) {
        return m.get("plan.stepTitle", step.order(), texts.text(step.titleText()));
    }

    /** What the step does and why, with the analysis's values; empty when it has nothing to add. */
    String detail(MigrationStep step) {
        return step.detailText() == null ? "" : texts.text(step.detailText());
    }

    String policySize(MigrationStep step) {
        int size = step.policy().resultingSize();
        return m.get("plan.policy", size, Math.round(size * 100.0 / IamRole.DEFAULT_TRUST_POLICY_LIMIT));
    }

    String note(PlanNote note) {
        return m.get("plan.noteKind." + note.kind().name(), texts.text(note.message()));
    }
}
