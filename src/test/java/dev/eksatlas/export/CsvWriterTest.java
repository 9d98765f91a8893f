package dev.eksatlas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksatlas.report.Column;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.report.TestSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    record Line(String text, long number, Instant at, Boolean flag) {
    }

    private static final ReportDefinition<Line> LINES = new ReportDefinition<>("lines", "", List.of(
            Column.<Line>text("text", "Text", Line::text),
            Column.<Line>number("number", "Number", Line::number),
            Column.<Line>instant("at", "At", Line::at),
            Column.<Line>bool("flag", "Flag", Line::flag)),
            Comparator.comparing(Line::text));

    private static final ReportDefinition<String> TEXTS = new ReportDefinition<>("texts", "", List.of(
            Column.<String>text("value", "Value", s -> s),
            Column.<String>text("length", "Length", s -> Integer.toString(s.length()))),
            Comparator.naturalOrder());

    @Test
    void writesHeaderCommaSeparatedFieldsAndCrlfAfterEveryRecord() throws IOException {
        String csv = text(new CsvWriter(false), LINES, List.of(
                new Line("a", 1, Instant.parse("2026-01-02T03:04:05Z"), true),
                new Line("b", 2, null, null)));
        assertThat(csv).isEqualTo("Text,Number,At,Flag\r\na,1,2026-01-02T03:04:05Z,true\r\nb,2,,\r\n");
    }

    @Test
    void quotesSeparatorsQuotesAndLineBreaksAndDoublesInnerQuotes() throws IOException {
        String csv = text(new CsvWriter(false), TEXTS, List.of("a,b", "say \"hi\"", "x\r\ny", "semi;colon", "it's"));
        assertThat(csv).isEqualTo("Value,Length\r\n\"a,b\",3\r\n\"say \"\"hi\"\"\",8\r\n\"x\r\ny\",4\r\n\"semi;colon\",10\r\n\"it's\",4\r\n");
    }

    @Test
    void encodesAsTheJdkDoesLoneSurrogatesAsQuestionMarksAndCellsLargerThanTheBuffer() throws IOException {
        String big = "x".repeat(70_000) + "가🚀";
        List<String> values = List.of("lone \uD800 high", "lone \uDC00 low", "pair 🚀", big, "z".repeat(65_000));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvWriter(false).write(TEXTS, values, out);

        StringBuilder expected = new StringBuilder("Value,Length\r\n");
        values.forEach(v -> expected.append(v).append(',').append(v.length()).append("\r\n"));
        assertThat(out.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("lone ? high", "lone ? low");
    }

    @Test
    void matchesTheTwoExamplesOfTheOwaspPage() throws IOException {
        String csv = text(new CsvWriter(false), TEXTS, List.of("=1+2\";=1+2", "=1+2'\" ;,=1+2"));
        assertThat(csv.split("\r\n")).containsExactly("Value,Length", "\"'=1+2\"\";=1+2\",10", "\"'=1+2'\"\" ;,=1+2\",13");
    }

    @Test
    void negativeNumbersStayNumbersButNegativeLookingTextIsGuarded() throws IOException {
        String csv = text(new CsvWriter(false), LINES, List.of(new Line("-5", -5, null, false)));
        assertThat(csv).endsWith("\r\n\"'-5\",-5,,false\r\n");
    }

    @Test
    void startsWithAByteOrderMarkOnlyWhenAsked() throws IOException {
        byte[] withBom = bytes(new CsvWriter(true), TEXTS, List.of("x"));
        byte[] without = bytes(new CsvWriter(false), TEXTS, List.of("x"));
        assertThat(CsvParsing.startsWithBom(withBom)).isTrue();
        assertThat(CsvParsing.startsWithBom(without)).isFalse();
        assertThat(withBom).hasSize(without.length + 3);
        assertThat(CsvParsing.records(withBom)).isEqualTo(CsvParsing.records(without));
    }

    @Test
    void nastyValuesSurviveARoundTripThroughARealParser() throws IOException {
        byte[] csv = bytes(new CsvWriter(true), TEXTS, TestSnapshots.NASTY);
        List<List<String>> rows = CsvParsing.restoredRows(csv);
        assertThat(rows).extracting(r -> r.get(0)).containsExactlyElementsOf(TestSnapshots.NASTY);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("클러스터 역할", "rocket 🚀 and 👩‍💻");
    }

    @Test
    void everyFormulaAttemptIsReadBackBeginningWithAQuote() throws IOException {
        List<String> attacks = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "\nLF");
        List<List<String>> records = CsvParsing.records(bytes(new CsvWriter(false), TEXTS, attacks));
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(0))
                .allSatisfy(cell -> assertThat(cell).startsWith("'"))
                .containsExactlyElementsOf(attacks.stream().map(a -> "'" + a).toList());
    }

    @Test
    void aLoneEmptyFieldIsQuotedSoTheRecordIsNotAnEmptyLine() throws IOException {
        ReportDefinition<String> one = new ReportDefinition<>("one", "", List.of(Column.<String>text("v", "V", s -> s)), Comparator.naturalOrder());
        assertThat(text(new CsvWriter(false), one, List.of("", "x"))).isEqualTo("V\r\n\"\"\r\nx\r\n");
        assertThat(CsvParsing.records(bytes(new CsvWriter(false), one, List.of("", "x")))).containsExactly(List.of("V"), List.of(""), List.of("x"));
    }

    @Test
    void countsRowsAndWritesOnlyTheHeaderForNoRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(new CsvWriter(false).write(TEXTS, Stream.<String>empty(), out)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Value,Length\r\n");
    }

    @Test
    void anInterruptedThreadStopsTheWrite() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new CsvWriter(false).write(TEXTS, Stream.generate(() -> "x").limit(10_000), new ByteArrayOutputStream()))
                    .isInstanceOf(InterruptedIOException.class);
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }
    }

    static <R> byte[] bytes(CsvWriter writer, ReportDefinition<R> report, List<R> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, rows, out);
        return out.toByteArray();
    }

    private static <R> String text(CsvWriter writer, ReportDefinition<R> report, List<R> rows) throws IOException {
        return new String(bytes(writer, report, rows), StandardCharsets.UTF_8);
    }
}
