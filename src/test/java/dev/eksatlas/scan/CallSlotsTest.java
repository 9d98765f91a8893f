package dev.eksatlas.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class CallSlotsTest {

    @Test
    void aListCallGoesBeforeCallsAlreadyWaitingThenEachBucketInArrivalOrder() throws Exception {
        CallSlots slots = new CallSlots(1);
        LongSupplier bucket = () -> 10;
        slots.acquire(bucket, false);
        List<String> order = new CopyOnWriteArrayList<>();
        List<Thread> waiters = List.of(
                waiter(slots, bucket, false, "describe-1", order),
                waiter(slots, bucket, false, "describe-2", order),
                waiter(slots, bucket, true, "list", order));
        for (Thread t : waiters) {
            t.start();
            awaitWaiting(t);
        }
        slots.release();
        for (Thread t : waiters) {
            t.join(5_000);
        }
        assertThat(order).containsExactly("list", "describe-1", "describe-2");
    }

    @Test
    void sharesFreedSlotsInProportionToEachBucketsBacklog() throws Exception {
        CallSlots slots = new CallSlots(1);
        LongSupplier busy = () -> 900;
        LongSupplier quiet = () -> 100;
        slots.acquire(busy, false);
        List<String> order = new CopyOnWriteArrayList<>();
        List<Thread> waiters = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            waiters.add(waiter(slots, busy, false, "busy", order));
            waiters.add(waiter(slots, quiet, false, "quiet", order));
        }
        for (Thread t : waiters) {
            t.start();
            awaitWaiting(t);
        }
        slots.release();
        for (Thread t : waiters) {
            t.join(10_000);
        }
        // While both buckets wait, about 9 of 10 slots go to the busy one; the quiet one still moves.
        List<String> firstHundred = order.subList(0, 100);
        long busyShare = firstHundred.stream().filter("busy"::equals).count();
        assertThat(busyShare).isBetween(80L, 97L);
        assertThat(order).hasSize(400);
    }

    @Test
    void anInterruptedWaiterLeavesTheQueueAndTheSlotGoesToTheNext() throws Exception {
        CallSlots slots = new CallSlots(1);
        LongSupplier bucket = () -> 1;
        slots.acquire(bucket, false);
        List<String> order = new CopyOnWriteArrayList<>();
        Thread cancelled = waiter(slots, bucket, false, "cancelled", order);
        Thread next = waiter(slots, bucket, false, "next", order);
        cancelled.start();
        awaitWaiting(cancelled);
        next.start();
        awaitWaiting(next);
        cancelled.interrupt();
        cancelled.join(5_000);
        slots.release();
        next.join(5_000);
        assertThat(order).containsExactly("cancelled interrupted", "next");
    }

    @Test
    void neverHandsOutMoreSlotsThanItHas() throws Exception {
        CallSlots slots = new CallSlots(2);
        LongSupplier bucket = () -> 1;
        slots.acquire(bucket, false);
        slots.acquire(bucket, false);
        Thread third = Thread.ofVirtual().start(() -> {
            try {
                slots.acquire(bucket, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(third.join(Duration.ofMillis(200))).as("a third caller got a slot while both were taken").isFalse();
        slots.release();
        assertThat(third.join(Duration.ofSeconds(5))).isTrue();
    }

    private static Thread waiter(CallSlots slots, LongSupplier bucket, boolean list, String name, List<String> order) {
        return Thread.ofPlatform().name(name).unstarted(() -> {
            try {
                slots.acquire(bucket, list);
                order.add(name);
                slots.release();
            } catch (InterruptedException e) {
                order.add(name + " interrupted");
            }
        });
    }

    private static void awaitWaiting(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (t.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(t.getState()).isEqualTo(Thread.State.WAITING);
    }
}
