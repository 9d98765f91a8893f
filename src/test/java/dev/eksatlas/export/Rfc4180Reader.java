package dev.eksatlas.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A strict RFC 4180 reader, independent of the writer and of Commons CSV: records end with CRLF,
 * fields are separated by commas, a field holding a comma, quote, CR or LF is quoted and its quotes
 * doubled. Anything else (a bare quote inside an unquoted field, text after a closing quote, an
 * unterminated quote) is an error, so a malformed file cannot pass as parsed.
 */
public final class Rfc4180Reader {
    private final String text;
    private int at;

    private Rfc4180Reader(String text) {
        this.text = text;
    }

    /** Every record, header first; a UTF-8 byte-order mark is skipped. */
    public static List<List<String>> read(byte[] csv) {
        byte[] body = csv.length >= 3 && csv[0] == (byte) 0xEF && csv[1] == (byte) 0xBB && csv[2] == (byte) 0xBF
                ? Arrays.copyOfRange(csv, 3, csv.length) : csv;
        return new Rfc4180Reader(new String(body, StandardCharsets.UTF_8)).records();
    }

    private List<List<String>> records() {
        List<List<String>> records = new ArrayList<>();
        while (at < text.length()) {
            List<String> record = new ArrayList<>();
            while (true) {
                record.add(field());
                if (at >= text.length()) {
                    throw error("record not ended by CRLF");
                }
                if (text.charAt(at) == ',') {
                    at++;
                } else if (text.startsWith("\r\n", at)) {
                    at += 2;
                    break;
                } else {
                    throw error("expected ',' or CRLF");
                }
            }
            records.add(record);
        }
        return records;
    }

    private String field() {
        if (at < text.length() && text.charAt(at) == '"') {
            StringBuilder value = new StringBuilder();
            at++;
            while (true) {
                int quote = text.indexOf('"', at);
                if (quote < 0) {
                    throw error("unterminated quoted field");
                }
                value.append(text, at, quote);
                at = quote + 1;
                if (at < text.length() && text.charAt(at) == '"') {
                    value.append('"');
                    at++;
                } else {
                    return value.toString();
                }
            }
        }
        int start = at;
        while (at < text.length() && text.charAt(at) != ',' && text.charAt(at) != '\r' && text.charAt(at) != '\n') {
            if (text.charAt(at) == '"') {
                throw error("quote inside an unquoted field");
            }
            at++;
        }
        if (at < text.length() && text.charAt(at) == '\n') {
            throw error("bare LF outside quotes");
        }
        return text.substring(start, at);
    }

    private IllegalStateException error(String what) {
        return new IllegalStateException(what + " at character " + at);
    }
}
