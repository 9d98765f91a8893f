package dev.eksatlas.ui.common;

import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread and calls back on it. {@code FxTaskRunner} in the app;
 * {@code ImmediateTaskRunner} in view-model tests, which need no toolkit.
 */
public interface TaskRunner {

    <T> RunningTask run(String name, BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Work that may report progress and must stop soon after {@link Progress#isCancelled()} turns true. */
    @FunctionalInterface
    interface BackgroundWork<T> {
        T call(Progress progress) throws Exception;
    }

    /** What background work sees of its task. */
    interface Progress {
        void update(long done, long total, String message);

        boolean isCancelled();
    }
}
