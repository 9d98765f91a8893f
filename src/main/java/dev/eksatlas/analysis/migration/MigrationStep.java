package dev.eksatlas.analysis.migration;

import dev.eksatlas.analysis.catalog.FindingText;

/**
 * One step of a plan. {@code command} is what to run (null when there is nothing to run);
 * {@code policy} the trust-policy change for policy steps; {@code done} marks a step the scan
 * shows is already done (it is kept so the plan reads the same for every service account). The
 * title and detail are texts with their English (as reports write them) and a message key.
 */
public record MigrationStep(int order, StepKind kind, FindingText titleText, String command, PolicyEdit policy, FindingText detailText,
                            boolean done) {

    /** The title in English, as reports write it. */
    public String title() {
        return titleText.english();
    }

    /** Why and how, in English, as reports write it; null when there is nothing to add. */
    public String detail() {
        return detailText == null ? null : detailText.english();
    }
}
