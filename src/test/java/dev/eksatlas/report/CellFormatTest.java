package dev.eksatlas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CellFormatTest {

    @Test
    void nullIsEmptyWhateverTheKind() {
        for (Column.Kind kind : Column.Kind.values()) {
            assertThat(CellFormat.format(kind, null)).isEmpty();
        }
    }

    @Test
    void instantIsIsoUtcToTheSecond() {
        assertThat(CellFormat.format(Column.Kind.INSTANT, Instant.parse("2026-11-20T08:30:15.999Z"))).isEqualTo("2026-11-20T08:30:15Z");
    }

    @Test
    void instantsReadAsIsoInstantPrintsThemTruncatedToTheSecondAcrossTheWholeRange() {
        SplittableRandom random = new SplittableRandom(20261128);
        List<Instant> cases = new ArrayList<>(List.of(Instant.EPOCH, Instant.MIN, Instant.MAX, Instant.ofEpochSecond(-1, 999_999_999),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("0000-01-01T00:00:00Z").minusNanos(1),
                Instant.parse("9999-12-31T23:59:59.999Z"), Instant.parse("9999-12-31T23:59:59Z").plusSeconds(1),
                Instant.parse("2024-02-29T23:59:59.5Z"), Instant.parse("1969-12-31T23:59:59Z")));
        for (int i = 0; i < 20_000; i++) {
            long second = i % 2 == 0 ? random.nextLong(-70_000_000_000L, 260_000_000_000L)
                    : random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond());
            cases.add(Instant.ofEpochSecond(second, random.nextInt(1_000_000_000)));
        }
        for (Instant i : cases) {
            assertThat(CellFormat.instant(i)).as("%s (seed 20261128)", i)
                    .isEqualTo(DateTimeFormatter.ISO_INSTANT.format(i.truncatedTo(ChronoUnit.SECONDS)));
        }
    }

    @Test
    void mapsSortByFormattedKeyThenValueWhateverTheirOwnOrder() {
        Map<Object, Object> unordered = new LinkedHashMap<>();
        unordered.put("b", 2);
        unordered.put(Column.Kind.TEXT, Instant.EPOCH);
        unordered.put("a", List.of("x", "y"));
        assertThat(CellFormat.format(unordered)).isEqualTo("TEXT=1970-01-01T00:00:00Z; a=x; y; b=2");
        assertThat(CellFormat.format(Map.of("only", "one"))).isEqualTo("only=one");
        assertThat(CellFormat.format(Map.of())).isEmpty();
    }

    @Test
    void booleansAreLowerCaseWords() {
        assertThat(CellFormat.format(Column.Kind.BOOLEAN, true)).isEqualTo("true");
        assertThat(CellFormat.format(Column.Kind.BOOLEAN, false)).isEqualTo("false");
    }

    @Test
    void numbersArePlainDecimals() {
        assertThat(CellFormat.format(Column.Kind.NUMBER, 2048)).isEqualTo("2048");
        assertThat(CellFormat.format(Column.Kind.NUMBER, -7L)).isEqualTo("-7");
        assertThat(CellFormat.format(Column.Kind.NUMBER, 0.25d)).isEqualTo("0.25");
        assertThat(CellFormat.format(Column.Kind.NUMBER, 3.0d)).isEqualTo("3");
        assertThat(CellFormat.format(Column.Kind.NUMBER, 1.0e10d)).isEqualTo("10000000000");
        assertThat(CellFormat.format(Column.Kind.NUMBER, 1.5f)).isEqualTo("1.5");
        assertThat(CellFormat.format(Column.Kind.NUMBER, new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void listsAndMapsJoinWithSemicolonsAndMapsSortByKey() {
        assertThat(CellFormat.format(Column.Kind.TEXT, List.of("api", "audit"))).isEqualTo("api; audit");
        Map<String, String> tags = new TreeMap<>(Map.of("a-b", "2", "a", "1"));
        assertThat(CellFormat.format(Column.Kind.TEXT, tags)).isEqualTo("a=1; a-b=2");
        assertThat(CellFormat.format(Column.Kind.TEXT, List.of())).isEmpty();
    }

    @Test
    void optionalsAndEnumsShowTheirContent() {
        assertThat(CellFormat.format(Column.Kind.TEXT, Optional.of(Column.Kind.NUMBER))).isEqualTo("NUMBER");
        assertThat(CellFormat.format(Column.Kind.TEXT, Optional.empty())).isEmpty();
    }

    @Test
    void aValueOfTheWrongTypeForItsKindIsRefused() {
        assertThatThrownBy(() -> CellFormat.format(Column.Kind.NUMBER, "12"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUMBER");
        assertThatThrownBy(() -> CellFormat.format(Column.Kind.INSTANT, "2026-01-01"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
