package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.policy.StatementRef;

/** A statement's name in a finding's sentence ({@link StatementRef#label()}), with its message key. */
final class StatementLabels {
    private StatementLabels() {
    }

    /** {@code statement #1} or {@code statement "Sid"}, inside a sentence. */
    static FindingText of(StatementRef ref) {
        return text(ref, "");
    }

    /** {@code Statement #1} or {@code Statement "Sid"}, starting a sentence. */
    static FindingText start(StatementRef ref) {
        return text(ref, ".start");
    }

    private static FindingText text(StatementRef ref, String suffix) {
        String label = ref.label();
        String english = suffix.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
        boolean numbered = ref.sid() == null || ref.sid().isBlank();
        return numbered ? FindingText.of(english, "finding.text.statementNumber" + suffix, ref.index() + 1)
                : FindingText.of(english, "finding.text.statementSid" + suffix, ref.sid());
    }
}
