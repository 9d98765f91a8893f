package dev.eksatlas.analysis.trust;

import java.util.Map;

/** Issuers and provider ARNs the trust-policy tests write as {@code {A}}, {@code {ARN_A}}, ... */
final class Policies {
    static final String ACCOUNT = "111122223333";
    static final String A = "oidc.eks.us-east-1.amazonaws.com/id/AAAA0000AAAA0000AAAA0000AAAA0000";
    static final String B = "oidc.eks.eu-west-1.amazonaws.com/id/BBBB1111BBBB1111BBBB1111BBBB1111";
    static final String CN = "oidc.eks.cn-north-1.amazonaws.com.cn/id/CCCC2222CCCC2222CCCC2222CCCC2222";
    static final String GOV = "oidc.eks.us-gov-west-1.amazonaws.com/id/DDDD3333DDDD3333DDDD3333DDDD3333";
    static final String GH = "token.actions.githubusercontent.com";

    private static final Map<String, String> TOKENS = Map.of(
            "{ARN_A}", "arn:aws:iam::" + ACCOUNT + ":oidc-provider/" + A,
            "{ARN_B}", "arn:aws:iam::" + ACCOUNT + ":oidc-provider/" + B,
            "{ARN_CN}", "arn:aws-cn:iam::" + ACCOUNT + ":oidc-provider/" + CN,
            "{ARN_GOV}", "arn:aws-us-gov:iam::" + ACCOUNT + ":oidc-provider/" + GOV,
            "{ARN_GH}", "arn:aws:iam::" + ACCOUNT + ":oidc-provider/" + GH,
            "{A}", A,
            "{B}", B,
            "{CN}", CN,
            "{GOV}", GOV,
            "{GH}", GH);

    private Policies() {
    }

    /** Replaces the tokens; longer tokens first so {ARN_A} is not read as {A}. */
    static String expand(String template) {
        String s = template;
        for (String token : TOKENS.keySet().stream().sorted((x, y) -> y.length() - x.length()).toList()) {
            s = s.replace(token, TOKENS.get(token));
        }
        return s;
    }

    /** A short name for an issuer in expectations: A, B, CN, GOV, GH. */
    static String tag(String issuer) {
        for (var e : Map.of("A", A, "B", B, "CN", CN, "GOV", GOV, "GH", GH).entrySet()) {
            if (e.getValue().equalsIgnoreCase(issuer)) {
                return e.getKey();
            }
        }
        return issuer;
    }

    /** One IRSA statement of the usual (eksctl/Terraform) shape for a service account. */
    static String irsaStatement(String issuerToken, String namespace, String serviceAccount) {
        return """
                {"Effect":"Allow","Principal":{"Federated":"{ARN_%1$s}"},"Action":"sts:AssumeRoleWithWebIdentity",
                 "Condition":{"StringEquals":{"{%1$s}:sub":"system:serviceaccount:%2$s:%3$s","{%1$s}:aud":"sts.amazonaws.com"}}}"""
                .formatted(issuerToken, namespace, serviceAccount);
    }
}
