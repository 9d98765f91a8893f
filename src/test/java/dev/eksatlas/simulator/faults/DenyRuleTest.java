package dev.eksatlas.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DenyRuleTest {
    private static final CallTarget LIST_PROD_EU = new CallTarget("111122223333", "eu-west-1", "eks", "ListPodIdentityAssociations");

    @ParameterizedTest(name = "{0} denies {1}")
    @CsvSource(delimiter = '|', textBlock = """
            account=111122223333                                  | true
            account=444455556666                                  | false
            region=eu-west-1                                      | true
            region=us-east-1                                      | false
            service=EKS                                           | true
            service=iam                                           | false
            operation=ListPodIdentityAssociations                 | true
            operation=DescribeCluster                             | false
            account=111122223333,region=eu-west-1,service=eks     | true
            account=111122223333,region=us-east-1                 | false
            service=iam;region=eu-west-1                          | true
            service=iam;operation=GetRole                         | false
            """)
    void matchesWhenEveryTermOfAnyRuleMatches(String spec, boolean denied) {
        assertThat(DenyRule.parse(spec).stream().anyMatch(r -> r.matches(LIST_PROD_EU))).isEqualTo(denied);
    }

    @Test
    void printsBackInTheSyntaxItReads() {
        assertThat(DenyRule.parse(" account=111122223333 , service=eks ; operation=GetRole"))
                .extracting(DenyRule::toString).containsExactly("account=111122223333,service=eks", "operation=GetRole");
    }

    @Test
    void rejectsUnknownKeysAndEmptyRules() {
        assertThatThrownBy(() -> DenyRule.parse("acount=1")).hasMessageContaining("unknown deny key 'acount'");
        assertThatThrownBy(() -> DenyRule.parse("region")).hasMessageContaining("key=value");
        assertThatThrownBy(() -> DenyRule.parse(";")).hasMessageContaining("empty");
        assertThat(DenyRule.parse("region=eu-west-1;")).isEqualTo(List.of(new DenyRule(null, "eu-west-1", null, null)));
    }
}
