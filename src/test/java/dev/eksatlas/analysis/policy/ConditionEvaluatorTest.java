package dev.eksatlas.analysis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IAM's rules for one clause; request values: {@code -} absent, {@code ?} unknown, else comma-separated. */
class ConditionEvaluatorTest {

    @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
    @CsvSource(textBlock = """
            # operator                          | policy values  | request   | result
            StringEquals                        | a,b            | a         | TRUE
            StringEquals                        | a,b            | c         | FALSE
            StringEquals                        | a              | A         | FALSE
            StringEqualsIgnoreCase              | a              | A         | TRUE
            StringEquals                        | a              | -         | FALSE
            StringNotEquals                     | a              | -         | TRUE
            StringNotEquals                     | a,b            | b         | FALSE
            StringNotEquals                     | a,b            | c         | TRUE
            StringEqualsIfExists                | a              | -         | TRUE
            StringEqualsIfExists                | a              | c         | FALSE
            StringLike                          | x*             | xyz       | TRUE
            StringNotLike                       | x*             | xyz       | FALSE
            ForAnyValue:StringEquals            | a              | -         | FALSE
            ForAllValues:StringEquals           | a              | -         | TRUE
            ForAllValues:StringEquals           | a,b            | a,b       | TRUE
            ForAllValues:StringEquals           | a              | a,b       | FALSE
            ForAnyValue:StringEquals            | a              | b,a       | TRUE
            ForAllValues:StringNotEquals        | a              | b,c       | TRUE
            ForAnyValue:StringNotEquals         | a              | a,b       | TRUE
            Null                                | true           | -         | TRUE
            Null                                | true           | a         | FALSE
            Null                                | false          | a         | TRUE
            Bool                                | true           | TRUE      | TRUE
            StringEquals                        | a              | ?         | UNKNOWN
            NumericLessThan                     | 5              | 3         | UNKNOWN
            NoSuchOperator                      | a              | a         | UNKNOWN
            """, delimiter = '|')
    void evaluatesOneClauseAsIamDoes(String operator, String policyValues, String request, Truth expected) {
        ConditionClause clause = new ConditionClause(ConditionOperator.parse(operator), "k", Arrays.asList(policyValues.split(",")));
        KeyValue value = switch (request) {
            case "-" -> KeyValue.ABSENT;
            case "?" -> KeyValue.UNKNOWN;
            default -> new KeyValue.Present(Arrays.asList(request.split(",")));
        };

        assertThat(ConditionEvaluator.evaluate(clause, value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} vs pattern {2} -> {3}")
    @CsvSource(textBlock = """
            # a policy glob that matches the request pattern covers every value of it
            StringLike     | system:serviceaccount:*        | system:serviceaccount:apps:*   | TRUE
            StringNotLike  | system:serviceaccount:*        | system:serviceaccount:apps:*   | FALSE
            StringLike     | system:serviceaccount:apps:web | system:serviceaccount:apps:*   | UNKNOWN
            StringEquals   | system:serviceaccount:apps:*   | system:serviceaccount:apps:*   | UNKNOWN
            """, delimiter = '|')
    void comparesGlobsWithPatterns(String operator, String policyValue, String pattern, Truth expected) {
        ConditionClause clause = new ConditionClause(ConditionOperator.parse(operator), "k", List.of(policyValue));

        assertThat(ConditionEvaluator.evaluate(clause, new KeyValue.Pattern(pattern))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # several keys are ANDed; one false clause decides
            TRUE,TRUE       | TRUE
            TRUE,UNKNOWN    | UNKNOWN
            UNKNOWN,FALSE   | FALSE
            """, delimiter = '|')
    void combinesClausesWithAnd(String truths, Truth expected) {
        Truth combined = Truth.TRUE;
        for (String t : truths.split(",")) {
            combined = combined.and(Truth.valueOf(t));
        }
        assertThat(combined).isEqualTo(expected);
    }
}
