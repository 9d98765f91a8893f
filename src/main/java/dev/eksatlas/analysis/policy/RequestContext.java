package dev.eksatlas.analysis.policy;

/** The request a statement is tested against, as far as we know it. */
@FunctionalInterface
public interface RequestContext {
    KeyValue lookup(ConditionKey key);
}
