package dev.eksatlas.scan;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The slots for calls in flight. A freed slot goes first to a waiting list call, then to a
 * bucket drawn at random in proportion to its backlog (the calls it still has to make), to that
 * bucket's longest waiting call.
 *
 * <p>Why not a fair semaphore: a scan's wall time is set by its slowest bucket, and each bucket
 * can only be read at its own rate. An account with thousands of IAM roles needs its full IAM
 * rate all along, while a region with a handful of clusters can run any time. When the calls
 * outnumber the slots (the machine is busy), first come first served gives every bucket an equal
 * share, and the big bucket falls behind and finishes long after the rest. Shares in proportion
 * to backlog tend to make all buckets finish together, which is the shortest scan; a draw rather
 * than a strict order keeps the small buckets moving. List calls go first because their answers
 * reveal the work: until a list is read, its bucket's backlog is not known.
 */
final class CallSlots {
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiter> lists = new ArrayDeque<>();
    private final Map<LongSupplier, ArrayDeque<Waiter>> byBucket = new LinkedHashMap<>();
    private final SplittableRandom random = new SplittableRandom(42);
    private int free;

    CallSlots(int capacity) {
        this.free = capacity;
    }

    /**
     * Waits for a slot. {@code backlog} identifies the caller's bucket and tells how many calls
     * it still has to make; {@code listCall} puts the caller ahead of all others.
     */
    void acquire(LongSupplier backlog, boolean listCall) throws InterruptedException {
        lock.lock();
        try {
            if (free > 0 && lists.isEmpty() && byBucket.isEmpty()) {
                free--;
                return;
            }
            Waiter me = new Waiter(lock.newCondition());
            ArrayDeque<Waiter> queue = listCall ? lists : byBucket.computeIfAbsent(backlog, k -> new ArrayDeque<>());
            queue.add(me);
            try {
                while (!me.granted) {
                    me.turn.await();
                }
            } catch (InterruptedException e) {
                if (me.granted) {
                    releaseLocked();
                } else {
                    queue.remove(me);
                    byBucket.values().removeIf(ArrayDeque::isEmpty);
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    void release() {
        lock.lock();
        try {
            releaseLocked();
        } finally {
            lock.unlock();
        }
    }

    private void releaseLocked() {
        Waiter next = lists.isEmpty() ? drawFromBuckets() : lists.poll();
        if (next == null) {
            free++;
        } else {
            next.granted = true;
            next.turn.signal();
        }
    }

    private Waiter drawFromBuckets() {
        if (byBucket.isEmpty()) {
            return null;
        }
        long total = 0;
        for (LongSupplier b : byBucket.keySet()) {
            total += Math.max(1, b.getAsLong());
        }
        long ticket = random.nextLong(total);
        Iterator<Map.Entry<LongSupplier, ArrayDeque<Waiter>>> it = byBucket.entrySet().iterator();
        while (true) {
            Map.Entry<LongSupplier, ArrayDeque<Waiter>> e = it.next();
            ticket -= Math.max(1, e.getKey().getAsLong());
            if (ticket < 0 || !it.hasNext()) {
                Waiter w = e.getValue().poll();
                if (e.getValue().isEmpty()) {
                    it.remove();
                }
                return w;
            }
        }
    }

    private static final class Waiter {
        final Condition turn;
        boolean granted;

        Waiter(Condition turn) {
            this.turn = turn;
        }
    }
}
