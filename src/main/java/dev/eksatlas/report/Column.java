package dev.eksatlas.report;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One column of a report, shared by the UI table and the CSV file so that a file always shows
 * what the window showed. {@code id} is stable (it names the column in code, settings and docs);
 * {@code header} is the English CSV header; {@code headerKey} is the resource-bundle key the UI
 * looks its localised header up with. {@link #display} is the one text both of them show.
 *
 * @param <R> the row type
 */
public record Column<R>(String id, String header, String headerKey, Function<? super R, ?> value, Kind kind) {

    /** Decides how a value is shown ({@link CellFormat}) and whether a CSV cell may stay a number. */
    public enum Kind { TEXT, NUMBER, INSTANT, BOOLEAN }

    /** The prefix of the UI header key of the factory methods: {@code report.column.<id>}. */
    public static final String KEY_PREFIX = "report.column.";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    public Column {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Column id must be lower_snake_case: " + id);
        }
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("Column " + id + " has no header");
        }
        Objects.requireNonNull(headerKey, "headerKey");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
    }

    public static <R> Column<R> text(String id, String header, Function<? super R, ?> value) {
        return new Column<>(id, header, KEY_PREFIX + id, value, Kind.TEXT);
    }

    public static <R> Column<R> number(String id, String header, Function<? super R, ? extends Number> value) {
        return new Column<>(id, header, KEY_PREFIX + id, value, Kind.NUMBER);
    }

    public static <R> Column<R> instant(String id, String header, Function<? super R, Instant> value) {
        return new Column<>(id, header, KEY_PREFIX + id, value, Kind.INSTANT);
    }

    public static <R> Column<R> bool(String id, String header, Function<? super R, Boolean> value) {
        return new Column<>(id, header, KEY_PREFIX + id, value, Kind.BOOLEAN);
    }

    /** The raw value, e.g. for a table's comparator. */
    public Object valueOf(R row) {
        return value.apply(row);
    }

    /** The text the table cell and the CSV cell show (before the CSV's formula guard). */
    public String display(R row) {
        return CellFormat.format(kind, value.apply(row));
    }

    /** The same column over a row type that contains this one, e.g. a row wrapped with its provenance. */
    public <S> Column<S> on(Function<? super S, ? extends R> part) {
        Function<? super R, ?> inner = value;
        return new Column<>(id, header, headerKey, s -> inner.apply(part.apply(s)), kind);
    }
}
