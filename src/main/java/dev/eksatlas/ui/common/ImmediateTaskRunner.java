package dev.eksatlas.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs work on the calling thread and calls back at once: view-model tests use it and need no
 * toolkit (JabRef's CurrentThreadTaskExecutor). Cancel requests are honoured through
 * {@link Progress#isCancelled()} like the real runner.
 */
public final class ImmediateTaskRunner implements TaskRunner {
    @Override
    public <T> RunningTask run(String name, BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Immediate task = new Immediate();
        T result;
        try {
            result = work.call(task);
        } catch (Exception e) {
            task.running.set(false);
            onFailure.accept(e);
            return task;
        }
        task.running.set(false);
        onSuccess.accept(result);
        return task;
    }

    private static final class Immediate implements RunningTask, Progress {
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        private volatile boolean cancelled;

        @Override
        public void update(long done, long total, String text) {
            progress.set(total <= 0 ? -1 : (double) done / total);
            message.set(text);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return running.getReadOnlyProperty();
        }

        @Override
        public boolean cancel() {
            cancelled = true;
            return true;
        }
    }
}
