package dev.eksatlas.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A report: its name (also its file name, {@code <name>.csv}), a one-line description, its columns
 * in order, and its documented row order. The order must be total over the rows a report can
 * hold (end it with a unique key such as an ARN) so that two exports of one snapshot are
 * byte-identical whatever order the rows arrived in.
 *
 * @param <R> the row type
 */
public record ReportDefinition<R>(String name, String description, List<Column<R>> columns, Comparator<? super R> order) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public ReportDefinition {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Report name must be lower-kebab-case: " + name);
        }
        description = description == null ? "" : description;
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Report " + name + " has no columns");
        }
        Set<String> ids = new HashSet<>();
        for (Column<R> c : columns) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("Report " + name + " has two columns with id " + c.id());
            }
        }
        Objects.requireNonNull(order, "order");
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    public Optional<Column<R>> column(String id) {
        return columns.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The same report over a row type that contains this one. */
    public <S> ReportDefinition<S> on(Function<? super S, ? extends R> part) {
        Comparator<? super R> inner = order;
        Comparator<S> mapped = (a, b) -> inner.compare(part.apply(a), part.apply(b));
        return new ReportDefinition<>(name, description, columns.stream().<Column<S>>map(c -> c.on(part)).toList(), mapped);
    }

    /** This report with {@code first} before its columns and {@code tieBreak} after its order. */
    public ReportDefinition<R> prepend(List<Column<R>> first, Comparator<? super R> tieBreak) {
        List<Column<R>> all = new ArrayList<>(first);
        all.addAll(columns);
        Comparator<? super R> inner = order;
        Comparator<R> both = (a, b) -> {
            int c = inner.compare(a, b);
            return c != 0 ? c : tieBreak.compare(a, b);
        };
        return new ReportDefinition<>(name, description, all, both);
    }
}
