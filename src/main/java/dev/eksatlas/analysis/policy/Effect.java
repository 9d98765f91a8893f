package dev.eksatlas.analysis.policy;

/** A statement's {@code Effect}. */
public enum Effect {
    ALLOW, DENY
}
