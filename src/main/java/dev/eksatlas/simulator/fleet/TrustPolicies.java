package dev.eksatlas.simulator.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Trust policy documents in the shapes real accounts have (AWS docs, Terraform, eksctl, the console).
 * Minified documents are what Terraform's {@code jsonencode} writes; "console" documents are indented,
 * and their white space does not count against the 2,048-character quota.
 */
final class TrustPolicies {
    static final String POD_IDENTITY_PRINCIPAL = "pods.eks.amazonaws.com";
    static final String GITHUB_ISSUER = "token.actions.githubusercontent.com";

    private static final ObjectMapper JSON = new ObjectMapper();
    // Explicit "\n": the default indenter uses the platform's line separator, which would make the
    // fleet differ between operating systems.
    private static final ObjectWriter CONSOLE = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("    ", "\n"))
            .withArrayIndenter(new DefaultIndenter("    ", "\n")));

    private TrustPolicies() {
    }

    /** One IRSA statement. {@code serviceAccount} "*" makes a wildcard subject; null leaves out {@code sub}. */
    static ObjectNode irsa(String providerArn, String issuerHostPath, String namespace, String serviceAccount, boolean audience, String sid) {
        ObjectNode s = statement(sid);
        s.putObject("Principal").put("Federated", providerArn);
        s.put("Action", "sts:AssumeRoleWithWebIdentity");
        ObjectNode condition = JSON.createObjectNode();
        if (audience) {
            condition.putObject("StringEquals").put(issuerHostPath + ":aud", "sts.amazonaws.com");
        }
        if (serviceAccount != null) {
            String operator = serviceAccount.contains("*") ? "StringLike" : "StringEquals";
            ObjectNode block = condition.has(operator) ? (ObjectNode) condition.get(operator) : condition.putObject(operator);
            block.put(issuerHostPath + ":sub", "system:serviceaccount:" + namespace + ":" + serviceAccount);
        }
        if (!condition.isEmpty()) {
            s.set("Condition", condition);
        }
        return s;
    }

    /** The EKS Pod Identity trust: {@code pods.eks.amazonaws.com} may assume the role and tag the session. */
    static ObjectNode podIdentity(String namespace, String serviceAccount, boolean requestTags) {
        ObjectNode s = statement("AllowEksAuthToAssumeRoleForPodIdentity");
        s.putObject("Principal").put("Service", POD_IDENTITY_PRINCIPAL);
        actions(s, "sts:AssumeRole", "sts:TagSession");
        if (requestTags) {
            s.putObject("Condition").putObject("StringEquals")
                    .put("aws:RequestTag/kubernetes-namespace", namespace)
                    .put("aws:RequestTag/kubernetes-service-account", serviceAccount);
        }
        return s;
    }

    /** A role's trust for an AWS service, e.g. {@code eks.amazonaws.com} for a cluster role. */
    static ObjectNode service(String servicePrincipal, boolean tagSession) {
        ObjectNode s = statement(null);
        s.putObject("Principal").put("Service", servicePrincipal);
        if (tagSession) {
            actions(s, "sts:AssumeRole", "sts:TagSession");
        } else {
            s.put("Action", "sts:AssumeRole");
        }
        return s;
    }

    /** Another account (its root) may assume the role; with an external ID condition when given. */
    static ObjectNode account(String accountId, String externalId) {
        ObjectNode s = statement(null);
        s.putObject("Principal").put("AWS", "arn:aws:iam::" + accountId + ":root");
        s.put("Action", "sts:AssumeRole");
        if (externalId != null) {
            s.putObject("Condition").putObject("StringEquals").put("sts:ExternalId", externalId);
        }
        return s;
    }

    /** A Pod Identity target role's trust: the cluster account's Pod Identity role chains into it. */
    static ObjectNode podIdentityTarget(String clusterAccountId, String podIdentityRoleArn, String clusterArn,
            String namespace, String serviceAccount, String externalId) {
        ObjectNode s = statement(null);
        s.putObject("Principal").put("AWS", "arn:aws:iam::" + clusterAccountId + ":root");
        actions(s, "sts:AssumeRole", "sts:TagSession");
        ObjectNode condition = s.putObject("Condition");
        if (externalId != null) {
            condition.putObject("StringEquals").put("sts:ExternalId", externalId);
        } else {
            condition.putObject("StringEquals")
                    .put("aws:RequestTag/eks-cluster-arn", clusterArn)
                    .put("aws:RequestTag/kubernetes-namespace", namespace)
                    .put("aws:RequestTag/kubernetes-service-account", serviceAccount);
        }
        condition.putObject("ArnEquals").put("aws:PrincipalARN", podIdentityRoleArn);
        return s;
    }

    /** GitHub Actions OIDC: deployments from one repository. */
    static ObjectNode github(String providerArn, String repository) {
        ObjectNode s = statement(null);
        s.putObject("Principal").put("Federated", providerArn);
        s.put("Action", "sts:AssumeRoleWithWebIdentity");
        ObjectNode condition = s.putObject("Condition");
        condition.putObject("StringEquals").put(GITHUB_ISSUER + ":aud", "sts.amazonaws.com");
        condition.putObject("StringLike").put(GITHUB_ISSUER + ":sub", "repo:" + repository + ":*");
        return s;
    }

    static String document(List<ObjectNode> statements, boolean console) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("Version", "2012-10-17");
        ArrayNode list = doc.putArray("Statement");
        statements.forEach(list::add);
        try {
            return console ? CONSOLE.writeValueAsString(doc) : JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode statement(String sid) {
        ObjectNode s = JSON.createObjectNode();
        if (sid != null) {
            s.put("Sid", sid);
        }
        s.put("Effect", "Allow");
        return s;
    }

    private static void actions(ObjectNode s, String... actions) {
        ArrayNode a = s.putArray("Action");
        for (String action : actions) {
            a.add(action);
        }
    }
}
