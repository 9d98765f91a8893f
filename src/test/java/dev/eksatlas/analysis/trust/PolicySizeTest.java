package dev.eksatlas.analysis.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.domain.IamRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicySizeTest {
    private final TrustPolicyClassifier classifier = new TrustPolicyClassifier();

    /** A policy of {@code n} IRSA statements of the usual shape, pretty-printed (white space does not count). */
    private static String policyWith(int n) {
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            statements.add(Policies.irsaStatement(i % 2 == 0 ? "A" : "B", "team-" + i, "service-account-" + i));
        }
        return Policies.expand("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    " + String.join(",\n    ", statements) + "\n  ]\n}");
    }

    @ParameterizedTest(name = "{0} IRSA statements -> {1}")
    @CsvSource(textBlock = """
            # statements | size findings
            1            | ''
            3            | ''
            4            | trust-policy-near-limit
            5            | trust-policy-over-default-limit
            8            | trust-policy-over-default-limit trust-policy-near-max-limit
            """, delimiter = '|')
    void reportsSizeAgainstTheQuota(int statements, String expected) {
        TrustAnalysis a = classifier.classify(policyWith(statements));

        List<String> sizeCodes = a.findings().stream().map(f -> f.code())
                .filter(c -> c.id().startsWith("trust-policy")).map(FindingCode::id).toList();
        assertThat(sizeCodes).containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
    }

    @ParameterizedTest(name = "{0} statements")
    @CsvSource({"1", "2", "3", "4", "5"})
    void countsCharactersLikeIamAndComputesRoomFromTheOwnAverage(int statements) {
        String policy = policyWith(statements);
        PolicySize size = classifier.classify(policy).size();

        assertThat(size.characters()).isEqualTo(IamRole.policySize(policy));
        assertThat(size.statements()).isEqualTo(statements);
        assertThat(size.irsaStatements()).isEqualTo(statements);
        assertThat(size.averageIrsaStatement()).isBetween(300, 520);
        int expectedMore = Math.max(0, (2048 - size.characters()) / (size.averageIrsaStatement() + 1));
        assertThat(size.moreIrsaUnderDefault()).isEqualTo(expectedMore);
        assertThat(size.moreIrsaUnderMax()).isEqualTo(Math.max(0, (4096 - size.characters()) / (size.averageIrsaStatement() + 1)));
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource(textBlock = """
            # characters | near | over | nearMax
            1638         | false | false | false
            1639         | true  | false | false
            2048         | true  | false | false
            2049         | false | true  | false
            3277         | false | true  | true
            """, delimiter = '|')
    void thresholdsAreEightyPercentOfTheLimits(int characters, boolean near, boolean over, boolean nearMax) {
        PolicySize size = new PolicySize(characters, 1, 1, 470, 0, 0);

        assertThat(size.nearDefaultLimit()).isEqualTo(near);
        assertThat(size.overDefaultLimit()).isEqualTo(over);
        assertThat(size.nearMaxLimit()).isEqualTo(nearMax);
    }

    @Test
    void usesTheTypicalStatementSizeWhenThePolicyHasNoIrsaStatement() {
        PolicySize size = classifier.classify("""
                {"Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"]}]}""")
                .size();

        assertThat(size.averageIrsaStatement()).isEqualTo(PolicySize.TYPICAL_IRSA_STATEMENT);
        assertThat(size.moreIrsaUnderDefault()).isEqualTo((2048 - size.characters()) / 471);
        assertThat(size.irsaStatements()).isZero();
    }
}
