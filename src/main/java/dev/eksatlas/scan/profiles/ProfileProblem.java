package dev.eksatlas.scan.profiles;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * Something wrong in a shared AWS config or credentials file, in plain words. {@code line} is
 * 1-based; 0 means the file as a whole (too large, unreadable, not text). The message never
 * quotes a property value, so no secret can reach it.
 */
public record ProfileProblem(Path file, int line, String message) {

    static final Comparator<ProfileProblem> IN_FILE_ORDER =
            Comparator.comparing((ProfileProblem p) -> p.file().toString()).thenComparingInt(ProfileProblem::line);

    public ProfileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (whole file) or 1-based: " + line);
        }
    }

    /** The problem as one line for people: {@code /home/me/.aws/config, line 7: expected 'key = value'}. */
    public String describe() {
        return line == 0 ? file + ": " + message : file + ", line " + line + ": " + message;
    }
}
