package dev.eksatlas.analysis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.policy.ConditionOperator.Base;
import dev.eksatlas.analysis.policy.ConditionOperator.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionOperatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # name                                  | base                       | qualifier      | ifExists
            StringEquals                            | STRING_EQUALS              | NONE           | false
            stringequals                            | STRING_EQUALS              | NONE           | false
            StringNotLikeIfExists                   | STRING_NOT_LIKE            | NONE           | true
            ForAnyValue:StringLike                  | STRING_LIKE                | FOR_ANY_VALUE  | false
            ForAllValues:StringEqualsIgnoreCase     | STRING_EQUALS_IGNORE_CASE  | FOR_ALL_VALUES | false
            ForAllValues:StringNotEqualsIfExists    | STRING_NOT_EQUALS          | FOR_ALL_VALUES | true
            ArnLike                                 | ARN_LIKE                   | NONE           | false
            Null                                    | NULL                       | NONE           | false
            NullIfExists                            | UNKNOWN                    | NONE           | true
            StringEqual                             | UNKNOWN                    | NONE           | false
            IfExists                                | UNKNOWN                    | NONE           | false
            """, delimiter = '|')
    void parsesQualifierBaseAndSuffix(String name, Base base, Qualifier qualifier, boolean ifExists) {
        ConditionOperator op = ConditionOperator.parse(name);

        assertThat(op.base()).isEqualTo(base);
        assertThat(op.qualifier()).isEqualTo(qualifier);
        assertThat(op.ifExists()).isEqualTo(ifExists);
        assertThat(op.name()).isEqualTo(name);
    }
}
