package dev.eksatlas.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WindowTextTest {

    @ParameterizedTest(name = "{0} -> {1} min -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            7d    | 10080 | 7d
            1D    | 1440  | 1d
            24h   | 1440  | 1d
            36h   | 2160  | 36h
            90m   | 90    | 90m
            ' 2 d'| 2880  | 2d
            """)
    void readsAndWritesDaysHoursAndMinutes(String text, long minutes, String shortest) {
        Duration d = WindowText.parse(text);

        assertThat(d).isEqualTo(Duration.ofMinutes(minutes));
        assertThat(WindowText.format(d)).isEqualTo(shortest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7", "d", "7w", "-1d", "1.5d", "12345d"})
    void refusesAnythingElseSayingWhatIsAccepted(String text) {
        assertThatThrownBy(() -> WindowText.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7d, 24h or 90m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1m", "91d"})
    void theScanRefusesAWindowOutsideFiveMinutesToNinetyDays(String text) {
        assertThatThrownBy(() -> ScanOptions.defaults().withStaleTokens(WindowText.parse(text)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 5 minutes and 90 days");
    }
}
