package dev.eksatlas.scan.profiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a shared file into lines, the way the SDK's reader splits them ({@code \n}, {@code \r\n}
 * or {@code \r}), after checks that apply to the file as a whole: too large, unreadable, UTF-16,
 * a UTF-8 byte-order mark. A file that does not exist is simply empty.
 */
final class ProfileTextReader {
    /** Real config files are a few kilobytes; a file of megabytes is a mistake, not a profile list. */
    static final long DEFAULT_MAX_BYTES = 1024 * 1024;

    private final long maxBytes;

    ProfileTextReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    List<String> read(ProblemLog log) {
        Path file = log.file();
        if (!Files.exists(file)) {
            return List.of();
        }
        if (Files.isDirectory(file)) {
            log.add(0, "is a folder, not a file; not read");
            return List.of();
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                log.add(0, "is " + sizeInWords(size) + ", larger than the " + sizeInWords(maxBytes) + " this app reads; not read");
                return List.of();
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            log.add(0, "cannot be read: permission denied");
            return List.of();
        } catch (IOException e) {
            log.add(0, "cannot be read (" + e.getClass().getSimpleName() + ")");
            return List.of();
        }
        return decode(bytes, log);
    }

    private static List<String> decode(byte[] bytes, ProblemLog log) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            log.add(0, "is saved as UTF-16 text; the AWS tools read UTF-8 only, so it was not read (save it as UTF-8)");
            return List.of();
        }
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            log.add(1, "starts with a byte-order mark (BOM), which makes the AWS SDK for Java reject the whole file;"
                    + " it was skipped here, but save the file as UTF-8 without BOM");
            start = 3;
        }
        return splitLines(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    }

    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(lineStart, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        if (lineStart < text.length()) {
            lines.add(text.substring(lineStart));
        }
        return lines;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String sizeInWords(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0)).replace(".0 ", " ");
        }
        return bytes >= 1024 ? (bytes / 1024) + " KiB" : bytes + " bytes";
    }
}
