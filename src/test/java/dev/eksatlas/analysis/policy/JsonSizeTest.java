package dev.eksatlas.analysis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eksatlas.domain.IamRole;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Sizing a tree gives what IAM would count on the written text, compact or pretty. */
class JsonSizeTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ObjectMapper mapper = new ObjectMapper();

    @Property(tries = 1000)
    void sizeOfTreeEqualsNonWhiteSpaceLengthOfItsText(@ForAll("trees") JsonNode node) throws Exception {
        assertThat(JsonSize.of(node)).isEqualTo(IamRole.policySize(node.toString()));
        assertThat(JsonSize.of(node)).isEqualTo(IamRole.policySize(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node)));
    }

    @Provide
    Arbitrary<JsonNode> trees() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab \t\n\"\\\u0001\u2003é*:/{}").ofMaxLength(12);
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(text.map(NODES::textNode), Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode), Arbitraries.of(true, false).map(NODES::booleanNode), Arbitraries.just(NODES.nullNode()));
        Arbitrary<JsonNode> level1 = Arbitraries.oneOf(leaf, leaf.list().ofMaxSize(4).map(l -> { var a = NODES.arrayNode(); l.forEach(a::add); return a; }));
        return Arbitraries.maps(text, level1).ofMaxSize(5).map(m -> {
            ObjectNode o = NODES.objectNode();
            m.forEach(o::set);
            return (JsonNode) o;
        });
    }
}
