package dev.eksatlas.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV bytes back with a real parser (Commons CSV, RFC 4180), header row included. */
final class CsvParsing {
    private CsvParsing() {
    }

    static List<List<String>> records(byte[] csv) {
        byte[] body = startsWithBom(csv) ? Arrays.copyOfRange(csv, 3, csv.length) : csv;
        String text = new String(body, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows with every cell restored as the formula guard documents. */
    static List<List<String>> restoredRows(byte[] csv) {
        List<List<String>> all = records(csv);
        return all.subList(1, all.size()).stream().map(r -> r.stream().map(FormulaGuard::restore).toList()).toList();
    }

    static boolean startsWithBom(byte[] csv) {
        return csv.length >= 3 && csv[0] == (byte) 0xEF && csv[1] == (byte) 0xBB && csv[2] == (byte) 0xBF;
    }
}
