package dev.eksatlas.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * Every cell of every export passes through here, so it is written for a JVM that has not compiled
 * it yet (the first export after start-up): plain {@code instanceof} tests and loops rather than
 * pattern switches and streams, and times printed by hand rather than through a formatter.
 */
public final class CellFormat {
    public static final String LIST_SEPARATOR = "; ";

    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years ISO 8601 prints with four digits and no sign. */
    private static final long FIRST_FOUR_DIGIT_SECOND = -62_167_219_200L;
    private static final long LAST_FOUR_DIGIT_SECOND = 253_402_300_799L;
    private static final Comparator<String[]> PAIR_ORDER = Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]);

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
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Instant i) {
            return instant(i);
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Optional<?> o) {
            return format(o.orElse(null));
        }
        if (value instanceof Collection<?> c) {
            return list(c);
        }
        if (value instanceof Map<?, ?> m) {
            return map(m);
        }
        return value.toString();
    }

    /** ISO 8601 in UTC to the second, as {@link DateTimeFormatter#ISO_INSTANT} prints the instant truncated to seconds. */
    public static String instant(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < FIRST_FOUR_DIGIT_SECOND || second > LAST_FOUR_DIGIT_SECOND) {
            return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(second, 86_400));
        int time = (int) Math.floorMod(second, 86_400);
        char[] out = new char[20];
        digits(out, 0, date.getYear(), 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, time / 3600, 2);
        out[13] = ':';
        digits(out, 14, time / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, time % 60, 2);
        out[19] = 'Z';
        return new String(out);
    }

    /** Plain decimal; a NaN or an infinity (never a count or a size) keeps Java's spelling. */
    public static String number(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte || n instanceof BigInteger) {
            return n.toString();
        }
        if (n instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (n instanceof Float f) {
            return Float.isFinite(f) ? plain(new BigDecimal(f.toString())) : f.toString();
        }
        double d = n.doubleValue();
        return Double.isFinite(d) ? plain(BigDecimal.valueOf(d)) : n.toString();
    }

    private static String list(Collection<?> values) {
        Iterator<?> it = values.iterator();
        if (!it.hasNext()) {
            return "";
        }
        String first = format(it.next());
        if (!it.hasNext()) {
            return first;
        }
        StringBuilder sb = new StringBuilder(first);
        while (it.hasNext()) {
            sb.append(LIST_SEPARATOR).append(format(it.next()));
        }
        return sb.toString();
    }

    /** Pairs sorted by formatted key, then value: the same text whatever the map's own order. */
    private static String map(Map<?, ?> values) {
        if (values.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>(values.size());
        for (Map.Entry<?, ?> e : values.entrySet()) {
            pairs.add(new String[] {format(e.getKey()), format(e.getValue())});
        }
        if (pairs.size() > 1) {
            pairs.sort(PAIR_ORDER);
        }
        StringBuilder sb = new StringBuilder();
        for (String[] p : pairs) {
            if (!sb.isEmpty()) {
                sb.append(LIST_SEPARATOR);
            }
            sb.append(p[0]).append('=').append(p[1]);
        }
        return sb.toString();
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static String plain(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
