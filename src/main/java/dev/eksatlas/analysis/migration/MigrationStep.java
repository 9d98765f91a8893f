package dev.eksatlas.analysis.migration;

/**
 * One step of a plan. {@code command} is what to run (null when there is nothing to run);
 * {@code policy} the trust-policy change for policy steps; {@code done} marks a step the scan
 * shows is already done (it is kept so the plan reads the same for every service account).
 */
public record MigrationStep(int order, StepKind kind, String title, String command, PolicyEdit policy, String detail, boolean done) {
}
