package dev.eksatlas.analysis.trust;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.reliability.CaseResult;
import dev.eksatlas.reliability.Tally;
import dev.eksatlas.testing.RandomJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated trust policies through the classifier: a third valid (IRSA and Pod Identity statements,
 * up to 10, with wildcards and odd names), a third adversarial (random policy-shaped JSON, deep
 * nesting, 200 KB documents, percent-encoding, Unicode), a third broken (valid policies cut short
 * or with a byte changed, random text). A try survives when an analysis comes back whose findings
 * all have a known code and a message; an exception escaping is a loss.
 */
public final class TrustPolicyCorpusCase {
    private static final List<String> KEYS = List.of("Version", "Statement", "Sid", "Effect", "Principal", "NotPrincipal",
            "Action", "NotAction", "Condition", "AWS", "Federated", "Service", "StringEquals", "StringLike", "StringNotEquals",
            "ForAnyValue:StringLike", "ForAllValues:StringEquals", "StringEqualsIfExists", "Null", "Bool", "ArnLike",
            Policies.A + ":sub", Policies.A + ":aud", "aws:RequestTag/kubernetes-namespace", "aws:SourceAccount");
    private static final List<String> WORDS = List.of("Allow", "Deny", "*", "sts:*", "sts:AssumeRoleWithWebIdentity",
            "sts:AssumeRole", "sts:TagSession", "pods.eks.amazonaws.com", "sts.amazonaws.com",
            "arn:aws:iam::111122223333:oidc-provider/" + Policies.A, "system:serviceaccount:a:*", "system:serviceaccount:*",
            "system:serviceaccount:a:b", "true", "", "\u0000", "😀", "한국", "%", "%zz", "\\u0000");
    private static final List<String> NAMES = List.of("default", "kube-system", "team-a", "*", "a*b", "?", "", "ns:with:colons",
            "ünïcödé", "x".repeat(300), "%20", "\"quoted\"");

    private final TrustPolicyClassifier classifier = new TrustPolicyClassifier();

    public CaseResult run(int tries, long seed) {
        Tally tally = new Tally("Generated trust policies through the classifier");
        SplittableRandom random = new SplittableRandom(seed);
        RandomJson json = new RandomJson(seed);
        for (int i = 0; i < tries; i++) {
            String policy = switch (i % 3) {
                case 0 -> valid(random);
                case 1 -> adversarial(random, json);
                default -> broken(random);
            };
            tally.check(classify(policy, seed, i));
        }
        return tally.result("valid, adversarial, broken thirds; no exception escapes, every finding has a code and a message");
    }

    private String classify(String policy, long seed, int i) {
        try {
            TrustAnalysis a = classifier.classify(policy);
            if (a == null || a.size().characters() < 0) {
                return "seed " + seed + " #" + i + ": no analysis";
            }
            for (TrustFinding f : a.findings()) {
                if (f.code() == null || !List.of(FindingCode.values()).contains(f.code()) || f.message() == null || f.message().isBlank()) {
                    return "seed " + seed + " #" + i + ": finding without code or message " + f;
                }
            }
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return "seed " + seed + " #" + i + ": " + e + " on " + (policy.length() > 200 ? policy.substring(0, 200) + "…" : policy);
        }
    }

    private static String valid(SplittableRandom random) {
        List<String> statements = new ArrayList<>();
        int count = 1 + random.nextInt(10);
        for (int s = 0; s < count; s++) {
            statements.add(random.nextInt(3) == 0
                    ? "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"pods.eks.amazonaws.com\"},\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"]}"
                    : Policies.expand(Policies.irsaStatement(random.nextBoolean() ? "A" : "B", name(random), name(random))));
        }
        String doc = "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
        return random.nextInt(4) == 0 ? URLEncoder.encode(doc, StandardCharsets.UTF_8).replace("+", "%20") : doc;
    }

    private static String name(SplittableRandom random) {
        return NAMES.get(random.nextInt(NAMES.size())).replace("\"", "\\\"");
    }

    private static String adversarial(SplittableRandom random, RandomJson json) {
        return switch (random.nextInt(5)) {
            case 0 -> json.node(5, KEYS, WORDS).toString();
            case 1 -> {
                ObjectNode root = JsonNodeFactory.instance.objectNode();
                root.put("Version", "2012-10-17");
                root.set("Statement", json.array(4, KEYS, WORDS));
                yield root.toString();
            }
            case 2 -> "{\"Statement\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
            case 3 -> "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", java.util.Collections.nCopies(600,
                    "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"*\"},\"Action\":\"*\",\"Condition\":{\"StringLike\":{\"*\":\"*\"}}}")) + "]}";
            default -> "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":" + random.nextLong()
                    + "},\"Action\":1e999,\"Condition\":{\"Null\":{\"k\":[null,{}]}},\"Effect\":\"Deny\"}}";
        };
    }

    private static String broken(SplittableRandom random) {
        String doc = valid(random);
        return switch (random.nextInt(3)) {
            case 0 -> doc.substring(0, random.nextInt(doc.length()));
            case 1 -> {
                char[] chars = doc.toCharArray();
                chars[random.nextInt(chars.length)] = (char) random.nextInt(0x80);
                yield new String(chars);
            }
            default -> {
                StringBuilder sb = new StringBuilder();
                int length = random.nextInt(200);
                for (int c = 0; c < length; c++) {
                    sb.append((char) random.nextInt(0x20, 0x7F));
                }
                yield sb.toString();
            }
        };
    }
}
