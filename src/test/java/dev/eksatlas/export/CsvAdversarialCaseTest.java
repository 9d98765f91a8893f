package dev.eksatlas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksatlas.reliability.CaseResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvAdversarialCaseTest {
    @Test
    void adversarialTextThroughEveryReportReadsBackIdenticalAndNeverStartsAFormula() {
        CaseResult result = new CsvAdversarialCase().run(2, 11);

        assertThat(result.failures()).isEmpty();
        assertThat(result.allSurvived()).isTrue();
    }

    @Test
    void theStrictReaderReadsQuotedFieldsAndRefusesMalformedOnes() {
        assertThat(Rfc4180Reader.read("a,\"b,\"\"c\"\"\r\nd\"\r\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(List.of("a", "b,\"c\"\r\nd"));
        assertThatThrownBy(() -> Rfc4180Reader.read("a\"b\r\n".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("quote");
        assertThatThrownBy(() -> Rfc4180Reader.read("\"a\"b\r\n".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("expected");
        assertThatThrownBy(() -> Rfc4180Reader.read("a\nb\r\n".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("LF");
    }
}
