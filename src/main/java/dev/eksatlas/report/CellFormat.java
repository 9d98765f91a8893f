package dev.eksatlas.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place where a report value becomes text, for the UI table and the CSV file alike.
 * Locale-independent on purpose: a file must read the same on every machine and in both UI
 * languages.
 * <ul>
 * <li>null (unknown, not set) is the empty text;</li>
 * <li>an {@link Instant} is ISO 8601 in UTC to the second, {@code 2024-05-01T12:00:00Z};</li>
 * <li>a boolean is {@code true} or {@code false};</li>
 * <li>a number is plain decimal: no grouping, no exponent, {@code -} for negatives;</li>
 * <li>a list is its elements joined by {@code "; "}; a map is {@code key=value} pairs joined the
 *     same way, in key order.</li>
 * </ul>
 */
public final class CellFormat {
    public static final String LIST_SEPARATOR = "; ";

    private CellFormat() {
    }

    /** Formats a value of a column of the given kind; a value of the wrong type is a programming error. */
    public static String format(Column.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        boolean fits = switch (kind) {
            case TEXT -> true;
            case NUMBER -> value instanceof Number;
            case INSTANT -> value instanceof Instant;
            case BOOLEAN -> value instanceof Boolean;
        };
        if (!fits) {
            throw new IllegalArgumentException(kind + " column given a " + value.getClass().getName());
        }
        return format(value);
    }

    /** Formats any value by its type, as a TEXT column does. */
    public static String format(Object value) {
        return switch (value) {
            case null -> "";
            case String s -> s;
            case Instant i -> instant(i);
            case Number n -> number(n);
            case Boolean b -> b.toString();
            case Enum<?> e -> e.name();
            case Optional<?> o -> format(o.orElse(null));
            case Collection<?> c -> c.stream().map(CellFormat::format).collect(Collectors.joining(LIST_SEPARATOR));
            case Map<?, ?> m -> m.entrySet().stream()
                    .map(e -> Map.entry(format(e.getKey()), format(e.getValue())))
                    .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(LIST_SEPARATOR));
            default -> value.toString();
        };
    }

    public static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Plain decimal; a NaN or an infinity (never a count or a size) keeps Java's spelling. */
    public static String number(Number n) {
        return switch (n) {
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Short s -> s.toString();
            case Byte b -> b.toString();
            case BigInteger b -> b.toString();
            case BigDecimal d -> d.toPlainString();
            case Double d when !Double.isFinite(d) -> d.toString();
            case Float f when !Float.isFinite(f) -> f.toString();
            case Float f -> plain(new BigDecimal(f.toString()));
            default -> Double.isFinite(n.doubleValue()) ? plain(BigDecimal.valueOf(n.doubleValue())) : n.toString();
        };
    }

    private static String plain(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
