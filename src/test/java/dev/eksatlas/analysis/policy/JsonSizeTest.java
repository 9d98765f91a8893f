package dev.eksatlas.analysis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.testing.RandomJson;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sizing a tree gives what IAM would count on the written text, compact or pretty. */
class JsonSizeTest {
    private static final List<String> TEXTS = List.of("ab", " \t\n", "\"\\", "\u0001", "\u2003é", "*:/{}", "");
    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sizeOfTreeEqualsNonWhiteSpaceLengthOfItsText(long seed) throws Exception {
        RandomJson random = new RandomJson(seed);
        for (int i = 0; i < 200; i++) {
            JsonNode node = random.object(2, TEXTS, TEXTS, 5);
            assertThat(JsonSize.of(node)).as("seed %d case %d: %s", seed, i, node).isEqualTo(IamRole.policySize(node.toString()));
            assertThat(JsonSize.of(node)).as("seed %d case %d: %s", seed, i, node)
                    .isEqualTo(IamRole.policySize(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node)));
        }
    }
}
