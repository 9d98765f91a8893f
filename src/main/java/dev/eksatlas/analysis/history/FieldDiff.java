package dev.eksatlas.analysis.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Compares named fields of two records and lists those that differ as {@code name: old -> new}. */
final class FieldDiff<T> {
    private final List<String> names = new ArrayList<>();
    private final List<Function<T, Object>> getters = new ArrayList<>();

    FieldDiff<T> field(String name, Function<T, Object> getter) {
        names.add(name);
        getters.add(getter);
        return this;
    }

    List<String> compare(T before, T after) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Object a = getters.get(i).apply(before);
            Object b = getters.get(i).apply(after);
            if (!Objects.equals(a, b)) {
                out.add(names.get(i) + ": " + a + " -> " + b);
            }
        }
        return out;
    }
}
