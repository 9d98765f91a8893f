package dev.eksatlas.analysis.comparison;

/** One reason behind a readiness verdict; {@code count} is the number it is about (0 when none). */
public record ReadinessReason(ReasonCode code, int count, String text) {
}
