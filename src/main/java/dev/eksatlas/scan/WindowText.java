package dev.eksatlas.scan;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them for the stale-token window: {@code 7d}, {@code 24h}, {@code 90m}. */
public final class WindowText {
    private static final Pattern FORM = Pattern.compile("(\\d{1,4})\\s*([dhm])");

    private WindowText() {
    }

    /** The duration, or an {@link IllegalArgumentException} that says what is accepted. */
    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("Write the stale-token window as a number of days, hours or minutes, e.g. 7d, 24h or 90m (not '"
                    + text + "')");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Duration.ofDays(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofMinutes(n);
        };
    }

    /** The shortest of {@code 7d}, {@code 36h}, {@code 90m} that says the duration exactly. */
    public static String format(Duration d) {
        if (d.toMinutes() % (24 * 60) == 0) {
            return d.toDays() + "d";
        }
        return d.toMinutes() % 60 == 0 ? d.toHours() + "h" : d.toMinutes() + "m";
    }
}
