package dev.eksatlas.export;

import dev.eksatlas.report.Column;
import dev.eksatlas.report.ReportDefinition;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a report as RFC 4180 CSV: UTF-8 (optionally after a byte-order mark, which Excel needs to
 * read UTF-8), a header row, comma separators, CRLF after every record. A field is quoted when it
 * holds a comma, a semicolon (the separator of many locales' spreadsheets), a double or single
 * quote, a tab, CR or LF; a double quote inside is doubled. Text cells pass through
 * {@link FormulaGuard}; a NUMBER cell that is a plain decimal stays a number.
 * <p>
 * Streaming: one row is formatted at a time, so memory does not grow with the row count. The rows
 * are written in the order given. A thread interrupt stops the write with an
 * {@link InterruptedIOException}. The stream is flushed, not closed.
 */
public final class CsvWriter {
    static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int INTERRUPT_CHECK_EVERY = 1024;

    private final boolean byteOrderMark;

    public CsvWriter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** Writes the header and the rows; returns the number of rows (the header not counted). */
    public <R> long write(ReportDefinition<R> report, Stream<? extends R> rows, OutputStream out) throws IOException {
        return write(report, rows.iterator(), out);
    }

    public <R> long write(ReportDefinition<R> report, Iterable<? extends R> rows, OutputStream out) throws IOException {
        return write(report, rows.iterator(), out);
    }

    private <R> long write(ReportDefinition<R> report, Iterator<? extends R> rows, OutputStream out) throws IOException {
        if (byteOrderMark) {
            out.write(BYTE_ORDER_MARK);
        }
        Utf8Sink w = new Utf8Sink(out);
        List<Column<R>> columns = report.columns();
        for (int i = 0; i < columns.size(); i++) {
            separate(w, i);
            field(w, FormulaGuard.neutralise(columns.get(i).header()));
        }
        endRecord(w);
        long count = 0;
        while (rows.hasNext()) {
            if (count % INTERRUPT_CHECK_EVERY == 0 && Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("export interrupted");
            }
            R row = rows.next();
            for (int i = 0; i < columns.size(); i++) {
                separate(w, i);
                Column<R> c = columns.get(i);
                String cell = cell(c.kind(), c.display(row));
                if (cell.isEmpty() && columns.size() == 1) {
                    // A lone empty field would be an empty line, which many readers skip.
                    w.ascii('"');
                    w.ascii('"');
                } else {
                    field(w, cell);
                }
            }
            endRecord(w);
            count++;
        }
        w.flush();
        return count;
    }

    /** The cell text after the formula guard, before quoting. */
    static String cell(Column.Kind kind, String text) {
        if (kind == Column.Kind.NUMBER && FormulaGuard.isPlainNumber(text)) {
            return text;
        }
        return FormulaGuard.neutralise(text);
    }

    private static void separate(Utf8Sink w, int index) throws IOException {
        if (index > 0) {
            w.ascii(',');
        }
    }

    private static void endRecord(Utf8Sink w) throws IOException {
        w.ascii('\r');
        w.ascii('\n');
    }

    /**
     * One field, quoted when needed, with each double quote inside doubled. Every character that
     * decides quoting is ASCII, and UTF-8 never uses an ASCII byte inside a multi-byte character,
     * so the encoded bytes can be scanned and copied as they are.
     */
    private static void field(Utf8Sink w, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!needsQuotes(bytes)) {
            w.bytes(bytes);
            return;
        }
        w.ascii('"');
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '"') {
                w.bytes(bytes, start, i + 1 - start);
                w.ascii('"');
                start = i + 1;
            }
        }
        w.bytes(bytes, start, bytes.length - start);
        w.ascii('"');
    }

    private static boolean needsQuotes(byte[] bytes) {
        for (byte b : bytes) {
            switch (b) {
                case ',', ';', '"', '\'', '\t', '\r', '\n' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
