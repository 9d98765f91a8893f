package dev.eksatlas.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Bytes into a 64 KiB buffer in front of an output stream: the CSV writer encodes each cell once
 * with {@link String#getBytes} (the JDK's UTF-8 encoder, malformed text as '?') and copies the
 * bytes here, instead of going through a {@code BufferedWriter} over an {@code OutputStreamWriter},
 * whose layers of copying and encoding cost most in a JVM that has not compiled them yet.
 * Not thread-safe.
 */
final class Utf8Sink {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int size;

    Utf8Sink(OutputStream out) {
        this.out = out;
    }

    /** One ASCII character (a separator, a quote, CR or LF). */
    void ascii(char c) throws IOException {
        if (size == buffer.length) {
            drain();
        }
        buffer[size++] = (byte) c;
    }

    void bytes(byte[] bytes) throws IOException {
        bytes(bytes, 0, bytes.length);
    }

    void bytes(byte[] bytes, int from, int length) throws IOException {
        if (length > buffer.length - size) {
            drain();
            if (length > buffer.length) {
                out.write(bytes, from, length);
                return;
            }
        }
        System.arraycopy(bytes, from, buffer, size, length);
        size += length;
    }

    /** Writes what is buffered and flushes the stream (which stays open). */
    void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
    }
}
