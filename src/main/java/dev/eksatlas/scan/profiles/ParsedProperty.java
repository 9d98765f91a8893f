package dev.eksatlas.scan.profiles;

import java.nio.file.Path;

/**
 * One accepted {@code key = value}, with where it was written. A value that continues on indented
 * lines holds them joined by {@code \n}, as the SDK keeps them. The value may be a secret: it is
 * left out of {@link #toString()} and must never be put into a message.
 */
record ParsedProperty(String key, String value, Path file, int line) {

    ParsedProperty withContinuation(String text) {
        return new ParsedProperty(key, value + "\n" + text, file, line);
    }

    @Override
    public String toString() {
        return "ParsedProperty[key=" + key + ", file=" + file + ", line=" + line + "]";
    }
}
