package dev.eksatlas.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ToTheEndTest {
    @Test
    void aCallInterruptedMidwayStillRunsToTheEndAndTheInterruptIsKept() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<String> result = new AtomicReference<>();
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        Thread caller = Thread.ofVirtual().start(() -> {
            result.set(ToTheEnd.call(() -> {
                started.countDown();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return "cut short";
                }
                return "finished";
            }));
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        started.await();
        caller.interrupt();
        caller.join();

        assertThat(result.get()).isEqualTo("finished");
        assertThat(interruptedAfter).isTrue();
    }

    @Test
    void theCallsFailureReachesTheCaller() {
        assertThatThrownBy(() -> ToTheEnd.call(() -> {
            throw new IllegalStateException("denied");
        })).isInstanceOf(IllegalStateException.class).hasMessage("denied");
    }
}
