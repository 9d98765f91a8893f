package dev.eksatlas.analysis.policy;

/** The request a statement is tested against, as far as we know it. Keys arrive lower-cased. */
@FunctionalInterface
public interface RequestContext {
    KeyValue lookup(String keyLower);
}
