package dev.eksatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaGuardTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =1+2                      | '=1+2
            +1                        | '+1
            -2+3                      | '-2+3
            @SUM(A1:A9)               | '@SUM(A1:A9)
            ＝1+2                      | '＝1+2
            ＋1                        | '＋1
            －1                        | '－1
            ＠SUM(A1)                  | '＠SUM(A1)
            'already quoted           | ''already quoted
            plain                     | plain
            a=1                       | a=1
            " =1+2"                   | " =1+2"
            ""                        | ""
            """)
    void prefixesCellsThatASpreadsheetWouldReadAsAFormula(String cell, String expected) {
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo(expected);
        assertThat(FormulaGuard.restore(FormulaGuard.neutralise(cell))).isEqualTo(cell);
    }

    @ParameterizedTest(name = "control character {0}")
    @CsvSource({"9", "13", "10", "0"})
    void prefixesCellsStartingWithTabCarriageReturnLineFeedOrNul(int code) {
        String cell = (char) code + "=1+2";
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest(name = "[{0}] is a plain number: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0          | true
            42         | true
            -7         | true
            0.25       | true
            -12.50     | true
            -          | false
            1.         | false
            .5         | false
            -2+3       | false
            1e5        | false
            NaN        | false
            -Infinity  | false
            ''         | false
            """)
    void recognisesOnlyPlainDecimals(String text, boolean plain) {
        assertThat(FormulaGuard.isPlainNumber(text)).isEqualTo(plain);
    }
}
