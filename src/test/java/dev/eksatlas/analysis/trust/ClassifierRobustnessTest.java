package dev.eksatlas.analysis.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.testing.RandomJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever text a role's trust policy holds, the classifier answers and never throws. */
class ClassifierRobustnessTest {
    private static final List<String> KEYS = List.of("Version", "Statement", "Sid", "Effect", "Principal", "NotPrincipal",
            "Action", "NotAction", "Condition", "AWS", "Federated", "Service", "StringEquals", "StringLike", "StringNotEquals",
            "StringNotLike", "StringEqualsIgnoreCase", "ForAnyValue:StringLike", "ForAllValues:StringEquals",
            "StringEqualsIfExists", "Null", "Bool", "ArnLike", "NumericLessThan", "Bogus", Policies.A + ":sub", Policies.A + ":aud",
            Policies.B + ":sub", "aws:RequestTag/kubernetes-namespace", "aws:SourceAccount");
    private static final List<String> WORDS = List.of("Allow", "Deny", "*", "sts:*", "sts:AssumeRoleWithWebIdentity",
            "sts:AssumeRole", "sts:TagSession", "pods.eks.amazonaws.com", "eks.amazonaws.com", "sts.amazonaws.com",
            "sts.amazonaws.com.cn", "arn:aws:iam::111122223333:oidc-provider/" + Policies.A, "arn:aws:iam::111122223333:oidc-provider/",
            "arn:aws-cn:iam::1:oidc-provider/" + Policies.CN, "system:serviceaccount:a:*", "system:serviceaccount:*",
            "system:serviceaccount:a:b", "system:serviceaccount::", "true", "false", "");
    private final TrustPolicyClassifier classifier = new TrustPolicyClassifier();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14})
    void arbitraryJsonNeverMakesTheClassifierThrow(long seed) {
        RandomJson random = new RandomJson(seed);
        for (int i = 0; i < 500; i++) {
            check(random.node(4, KEYS, WORDS).toString(), seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24})
    void arbitraryPolicyShapedJsonNeverMakesTheClassifierThrow(long seed) {
        RandomJson random = new RandomJson(seed);
        for (int i = 0; i < 500; i++) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("Version", "2012-10-17");
            root.set("Statement", random.nextInt(2) == 0 ? random.object(3, KEYS, WORDS, 6) : random.array(3, KEYS, WORDS));
            check(root.toString(), seed);
            check(URLEncoder.encode(root.toString(), StandardCharsets.UTF_8).replace("+", "%20"), seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33})
    void arbitraryTextNeverMakesTheClassifierThrow(long seed) {
        RandomJson random = new RandomJson(seed);
        for (int i = 0; i < 400; i++) {
            check(random.string(null, 60), seed);
            check(random.string("{}[]\":,%7B22*", 40), seed);
            check(random.string("%0123456789ABCDEF", 20), seed);
        }
    }

    private void check(String text, long seed) {
        TrustAnalysis a = classifier.classify(text);
        assertThat(a).as("seed %d: %s", seed, text).isNotNull();
        assertThat(a.findings()).as("seed %d: %s", seed, text).allSatisfy(f -> {
            assertThat(f.code()).isIn((Object[]) FindingCode.values());
            assertThat(f.message()).isNotBlank();
        });
        assertThat(a.size().characters()).isGreaterThanOrEqualTo(0);
    }
}
