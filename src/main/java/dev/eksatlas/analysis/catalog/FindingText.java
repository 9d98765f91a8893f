package dev.eksatlas.analysis.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A finding's sentence twice over: {@code english}, exactly as reports and CSV files write it, and
 * a message {@code key} with its ordered {@code args}, so a user interface can say the same in
 * another language with the same measured values. Each arg is a {@link String} (an ARN, a name, a
 * number as written in the English) or a nested {@code FindingText} for a phrase that is itself
 * translated. A null key marks text with no translation (say, a parser's error message): it reads
 * the same in every language.
 */
public record FindingText(String english, String key, List<Object> args) {

    public FindingText {
        Objects.requireNonNull(english, "english");
        args = List.copyOf(args);
        for (Object a : args) {
            if (!(a instanceof String) && !(a instanceof FindingText)) {
                throw new IllegalArgumentException("A finding text's args are strings or finding texts: " + a);
            }
        }
    }

    /** {@code english} with its key; args that are not finding texts are kept as {@link String#valueOf} writes them. */
    public static FindingText of(String english, String key, Object... args) {
        List<Object> kept = new ArrayList<>(args.length);
        for (Object a : args) {
            kept.add(a instanceof FindingText t ? t : String.valueOf(a));
        }
        return new FindingText(english, Objects.requireNonNull(key, "key"), kept);
    }

    /** Text shown as it is in every language. */
    public static FindingText plain(String text) {
        return new FindingText(String.valueOf(text), null, List.of());
    }

    @Override
    public String toString() {
        return english;
    }
}
