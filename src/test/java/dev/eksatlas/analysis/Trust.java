package dev.eksatlas.analysis;

import java.util.List;

/** Trust-policy JSON for hand-built fleets. */
public final class Trust {
    private Trust() {
    }

    public static String policy(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    /** The usual IRSA statement for service accounts of one issuer, with the audience check. */
    public static String irsa(String providerAccount, String issuer, String... subjects) {
        return irsaWith("StringEquals", providerAccount, issuer, subjects);
    }

    /** An IRSA statement whose subjects are under {@code operator} (e.g. StringLike for globs). */
    public static String irsaWith(String operator, String providerAccount, String issuer, String... subjects) {
        String values = subjects.length == 1 ? quote(subjects[0])
                : "[" + String.join(",", List.of(subjects).stream().map(Trust::quote).toList()) + "]";
        String sub = "\"" + operator + "\":{\"" + issuer + ":sub\":" + values + "}";
        String aud = operator.equals("StringEquals")
                ? "\"StringEquals\":{\"" + issuer + ":sub\":" + values + ",\"" + issuer + ":aud\":\"sts.amazonaws.com\"}"
                : sub + ",\"StringEquals\":{\"" + issuer + ":aud\":\"sts.amazonaws.com\"}";
        return "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"arn:aws:iam::" + providerAccount + ":oidc-provider/" + issuer
                + "\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{" + aud + "}}";
    }

    public static String subject(String namespace, String serviceAccount) {
        return "system:serviceaccount:" + namespace + ":" + serviceAccount;
    }

    /** The documentation's Pod Identity statement. */
    public static String podIdentity() {
        return "{\"Sid\":\"AllowEksAuthToAssumeRoleForPodIdentity\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"pods.eks.amazonaws.com\"},"
                + "\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"]}";
    }

    public static String podIdentityForNamespace(String namespace) {
        return "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"pods.eks.amazonaws.com\"},\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"],"
                + "\"Condition\":{\"StringEquals\":{\"aws:RequestTag/kubernetes-namespace\":\"" + namespace + "\"}}}";
    }

    public static String podIdentityWithoutTagSession() {
        return "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"pods.eks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}";
    }

    public static String ec2() {
        return "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}";
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
