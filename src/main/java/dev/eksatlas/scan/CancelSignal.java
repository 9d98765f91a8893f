package dev.eksatlas.scan;

/** Checked before every AWS call; once true, the scan stops and writes nothing more. */
@FunctionalInterface
public interface CancelSignal {
    CancelSignal NEVER = () -> false;

    boolean isCancelled();
}
