package dev.eksatlas.export;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An export that could not be written. The message is one plain sentence for the user, naming
 * the path and the reason ("Cannot write /reports/roles.csv: the folder /reports does not
 * exist."); the cause keeps the detail for the log. When it is thrown, nothing was changed.
 */
public final class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public ExportException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    public static ExportException cannotWrite(Path path, String reason) {
        return new ExportException(path, "Cannot write " + path + ": " + reason + ".", null);
    }

    public static ExportException cannotWrite(Path path, Throwable cause) {
        return new ExportException(path, "Cannot write " + path + ": " + reason(cause) + ".", cause);
    }

    public Path path() {
        return path;
    }

    /** The reason an I/O failure gives, in plain words rather than an exception name. */
    static String reason(Throwable e) {
        if (e instanceof ClosedByInterruptException || e instanceof InterruptedIOException) {
            return "the export was interrupted";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied (the folder or the file is read-only, or another program holds the file open)";
        }
        if (e instanceof NoSuchFileException n) {
            return "a folder on the way to " + n.getFile() + " does not exist";
        }
        String detail = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (detail == null) {
            return e.getClass().getSimpleName();
        }
        return switch (detail) {
            case "File name too long" -> "the file name is too long for this file system";
            case "Read-only file system" -> "the file system is read-only";
            case "No space left on device", "There is not enough space on the disk" -> "the disk is full";
            default -> lowerFirst(detail);
        };
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
