package dev.eksatlas.analysis.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eksatlas.analysis.catalog.FindingCode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever text a role's trust policy holds, the classifier answers and never throws. */
class ClassifierRobustnessTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final TrustPolicyClassifier classifier = new TrustPolicyClassifier();

    @Property(tries = 2000)
    void arbitraryJsonNeverMakesTheClassifierThrow(@ForAll("json") JsonNode json) {
        check(json.toString());
    }

    @Property(tries = 2000)
    void arbitraryPolicyShapedJsonNeverMakesTheClassifierThrow(@ForAll("policies") JsonNode policy) {
        check(policy.toString());
        check(URLEncoder.encode(policy.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Property(tries = 1000)
    void arbitraryTextNeverMakesTheClassifierThrow(@ForAll("texts") String text) {
        check(text);
    }

    private void check(String text) {
        TrustAnalysis a = classifier.classify(text);
        assertThat(a).isNotNull();
        assertThat(a.findings()).allSatisfy(f -> {
            assertThat(f.code()).isIn((Object[]) FindingCode.values());
            assertThat(f.message()).isNotBlank();
        });
        assertThat(a.size().characters()).isGreaterThanOrEqualTo(0);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("{}[]\":,%7B22*").ofMaxLength(40),
                Arbitraries.strings().withChars("%0123456789ABCDEF").ofMaxLength(20));
    }

    @Provide
    Arbitrary<JsonNode> json() {
        return node(4);
    }

    /** {"Statement": [...]} with statement-like objects built from IAM's own vocabulary. */
    @Provide
    Arbitrary<JsonNode> policies() {
        Arbitrary<JsonNode> statement = Arbitraries.maps(policyKeys(), node(3)).ofMaxSize(6).map(ClassifierRobustnessTest::object);
        Arbitrary<JsonNode> statements = Arbitraries.oneOf(statement, statement.list().ofMaxSize(4).map(ClassifierRobustnessTest::array));
        return statements.map(s -> {
            ObjectNode root = NODES.objectNode();
            root.put("Version", "2012-10-17");
            root.set("Statement", s);
            return root;
        });
    }

    private Arbitrary<JsonNode> node(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                words().map(NODES::textNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> object = Arbitraries.maps(policyKeys(), node(depth - 1)).ofMaxSize(4).map(ClassifierRobustnessTest::object);
        Arbitrary<JsonNode> array = node(depth - 1).list().ofMaxSize(4).map(ClassifierRobustnessTest::array);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(3, object),
                net.jqwik.api.Tuple.of(2, array));
    }

    private static Arbitrary<String> policyKeys() {
        return Arbitraries.oneOf(
                Arbitraries.of("Version", "Statement", "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction",
                        "Condition", "AWS", "Federated", "Service", "StringEquals", "StringLike", "StringNotEquals",
                        "StringNotLike", "StringEqualsIgnoreCase", "ForAnyValue:StringLike", "ForAllValues:StringEquals",
                        "StringEqualsIfExists", "Null", "Bool", "ArnLike", "NumericLessThan", "Bogus",
                        Policies.A + ":sub", Policies.A + ":aud", Policies.B + ":sub", "aws:RequestTag/kubernetes-namespace",
                        "aws:SourceAccount"),
                Arbitraries.strings().ofMaxLength(8));
    }

    private static Arbitrary<String> words() {
        return Arbitraries.oneOf(
                Arbitraries.of("Allow", "Deny", "*", "sts:*", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRole", "sts:TagSession",
                        "pods.eks.amazonaws.com", "eks.amazonaws.com", "sts.amazonaws.com", "sts.amazonaws.com.cn",
                        "arn:aws:iam::111122223333:oidc-provider/" + Policies.A, "arn:aws:iam::111122223333:oidc-provider/",
                        "arn:aws-cn:iam::1:oidc-provider/" + Policies.CN, "system:serviceaccount:a:*", "system:serviceaccount:*",
                        "system:serviceaccount:a:b", "system:serviceaccount::", "true", "false", ""),
                Arbitraries.strings().ofMaxLength(10));
    }

    private static JsonNode object(java.util.Map<String, JsonNode> fields) {
        ObjectNode o = NODES.objectNode();
        fields.forEach(o::set);
        return o;
    }

    private static JsonNode array(java.util.List<JsonNode> items) {
        ArrayNode a = NODES.arrayNode();
        items.forEach(a::add);
        return a;
    }
}
