package dev.eksatlas.report;

import java.util.Comparator;
import java.util.function.Function;

/**
 * Row orders for reports. Text compares by ordinal (UTF-16) order, never by locale collation, so
 * the order is the same on every machine; an absent value sorts first.
 */
public final class Orders {
    private Orders() {
    }

    public static <R, T extends Comparable<? super T>> Comparator<R> by(Function<? super R, ? extends T> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
