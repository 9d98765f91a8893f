package dev.eksatlas.analysis.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyParserTest {
    private final PolicyParser parser = new PolicyParser();

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(textBlock = """
            # text                                   | reason
            ''                                       | the document is empty
            not json                                 | not valid JSON
            '[{"Statement":[]}]'                     | a policy is a JSON object, but this is an array
            '"a string"'                             | a policy is a JSON object, but this is a string
            '{"Version":"2012-10-17"}'               | the JSON object has no "Statement" element
            '{"Statement":"Allow"}'                  | "Statement" must be an object or an array, but is a string
            '{"Statement":[]} trailing'              | not valid JSON
            '%7B%22Statement%22%3A%5B%5D%7D%ZZ'      | looks URL-encoded but has a broken %-escape
            """, delimiter = '|')
    void refusesTextThatIsNotAPolicy(String text, String reason) {
        assertThatThrownBy(() -> parser.parse(text)).isInstanceOf(PolicyFormatException.class).hasMessageStartingWith(reason);
    }

    @Test
    void decodesIamsUrlEncodedForm() {
        PolicyDocument doc = parser.parse("%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%5D%7D");

        assertThat(doc.version()).isEqualTo("2012-10-17");
        assertThat(doc.text()).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[]}");
    }

    @Test
    void keepsMalformedStatementsAsideWithTheirReason() {
        PolicyDocument doc = parser.parse("""
                {"Statement":[{"Sid":"Good","Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":"sts:AssumeRole"},
                 {"Sid":"Bad","Effect":"Maybe","Principal":"*","Action":"sts:AssumeRole"},
                 {"Effect":"Allow","Principal":{"Robot":"x"},"Action":"sts:AssumeRole"},
                 {"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"StringEquals":{"k":{"nested":1}}}},
                 42]}""");

        assertThat(doc.statements()).extracting(s -> s.ref().sid()).containsExactly("Good");
        assertThat(doc.malformed()).extracting(MalformedStatement::reason).containsExactly(
                "statement \"Bad\" has no Effect of Allow or Deny",
                "statement #3 has an unknown principal type \"Robot\"",
                "statement #4 has condition key k set to an object",
                "statement #5 is a number, not an object");
    }

    @Test
    void readsScalarConditionValuesAsText() {
        PolicyDocument doc = parser.parse("""
                {"Statement":{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"Bool":{"aws:SecureTransport":true},"NumericLessThan":{"x":[1,2]}}}}""");

        assertThat(doc.statements().getFirst().conditions()).extracting(ConditionClause::values)
                .containsExactly(java.util.List.of("true"), java.util.List.of("1", "2"));
    }
}
