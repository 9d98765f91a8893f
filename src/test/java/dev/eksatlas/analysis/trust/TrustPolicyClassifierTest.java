package dev.eksatlas.analysis.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.catalog.FindingCode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classifier over many policy shapes. Each case lists the grants expected, as
 * {@code <issuer> <namespace>:<service account> <state> <+aud|-aud>} separated by {@code ;},
 * whether Pod Identity is trusted, and exactly the finding codes expected (in any order).
 */
class TrustPolicyClassifierTest {
    private final TrustPolicyClassifier classifier = new TrustPolicyClassifier();

    static Stream<Arguments> policies() {
        return Stream.of(
                c("AWS documentation form", """
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                         "Principal":{"Federated":"{ARN_A}"},
                         "Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{
                           "{A}:sub":"system:serviceaccount:default:my-service-account",
                           "{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A default:my-service-account ACTIVE +aud", false, ""),
                c("eksctl form: Statement object, Action array", """
                        {"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},
                         "Action":["sts:AssumeRoleWithWebIdentity"],
                         "Condition":{"StringEquals":{"{A}:aud":"sts.amazonaws.com","{A}:sub":"system:serviceaccount:kube-system:aws-node"}}}}""",
                        "A kube-system:aws-node ACTIVE +aud", false, ""),
                c("Terraform module form: empty Sid, one statement per cluster", """
                        {"Version":"2012-10-17","Statement":[
                         {"Sid":"","Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity","Principal":{"Federated":"{ARN_A}"},
                          "Condition":{"StringEquals":{"{A}:aud":"sts.amazonaws.com","{A}:sub":"system:serviceaccount:logging:fluent-bit"}}},
                         {"Sid":"","Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity","Principal":{"Federated":"{ARN_B}"},
                          "Condition":{"StringEquals":{"{B}:aud":"sts.amazonaws.com","{B}:sub":"system:serviceaccount:logging:fluent-bit"}}}]}""",
                        "A logging:fluent-bit ACTIVE +aud; B logging:fluent-bit ACTIVE +aud", false, ""),
                c("StringLike without a wildcard is one service account", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringLike":{"{A}:sub":"system:serviceaccount:kube-system:ebs-csi-controller-sa"},
                                      "StringEquals":{"{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A kube-system:ebs-csi-controller-sa ACTIVE +aud", false, ""),
                c("array of subjects gives one grant each", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":["{ARN_A}"]},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{A}:sub":["system:serviceaccount:a:x","system:serviceaccount:b:y"],"{A}:aud":["sts.amazonaws.com"]}}}]}""",
                        "A a:x ACTIVE +aud; A b:y ACTIVE +aud", false, ""),
                c("namespace glob", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringLike":{"{A}:sub":"system:serviceaccount:payments:*","{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A payments:* ACTIVE +aud", false, "wildcard-subject"),
                c("single star after the prefix covers namespace and service account", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringLike":{"{A}:sub":"system:serviceaccount:*"},"StringEquals":{"{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A *:* ACTIVE +aud", false, "wildcard-subject"),
                c("bare star", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringLike":{"{A}:sub":"*"},"StringEquals":{"{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A *:* ACTIVE +aud", false, "wildcard-subject"),
                c("question-mark glob", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringLike":{"{A}:sub":"system:serviceaccount:jobs:worker-?"},"StringEquals":{"{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A jobs:worker-? ACTIVE +aud", false, "wildcard-subject"),
                c("audience only: no subject condition", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A *:* ACTIVE +aud", false, "no-subject-condition"),
                c("cross-account documentation example without any condition", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity"}]}""",
                        "A *:* ACTIVE -aud", false, "no-subject-condition missing-audience-condition"),
                c("subject without audience", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{A}:sub":"system:serviceaccount:web:frontend"}}}]}""",
                        "A web:frontend ACTIVE -aud", false, "missing-audience-condition"),
                c("audience glob is not a check", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{A}:sub":"system:serviceaccount:web:frontend"},"StringLike":{"{A}:aud":"*"}}}]}""",
                        "A web:frontend ACTIVE -aud", false, "missing-audience-condition"),
                c("star under StringEquals is literal", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{A}:sub":"system:serviceaccount:payments:*","{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A payments:* UNSATISFIABLE +aud", false, "literal-wildcard-in-stringequals"),
                c("China partition with the .cn audience only", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_CN}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{CN}:sub":"system:serviceaccount:default:app","{CN}:aud":"sts.amazonaws.com.cn"}}}]}""",
                        "CN default:app ACTIVE +aud", false, "china-audience-value"),
                c("China partition accepting both audiences", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_CN}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{CN}:sub":"system:serviceaccount:default:app","{CN}:aud":["sts.amazonaws.com","sts.amazonaws.com.cn"]}}}]}""",
                        "CN default:app ACTIVE +aud", false, "china-audience-value"),
                c("China partition with the standard audience", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_CN}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{CN}:sub":"system:serviceaccount:default:app","{CN}:aud":"sts.amazonaws.com"}}}]}""",
                        "CN default:app ACTIVE +aud", false, ""),
                c("GovCloud partition", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_GOV}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{GOV}:sub":"system:serviceaccount:ops:agent","{GOV}:aud":"sts.amazonaws.com"}}}]}""",
                        "GOV ops:agent ACTIVE +aud", false, ""),
                c("non-EKS issuer (GitHub Actions)", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_GH}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{GH}:aud":"sts.amazonaws.com"},"StringLike":{"{GH}:sub":"repo:acme/deploy:*"}}}]}""",
                        "GH null:null ACTIVE +aud", false, "non-eks-oidc"),
                c("unexpected audience", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{A}:sub":"system:serviceaccount:vault:agent","{A}:aud":"vault"}}}]}""",
                        "A vault:agent ACTIVE +aud", false, "unexpected-audience-value"),
                c("several providers in one statement, each key under StringEquals, can never match", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":["{ARN_A}","{ARN_B}"]},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{A}:sub":"system:serviceaccount:a:x","{B}:sub":"system:serviceaccount:a:x",
                                                      "{A}:aud":"sts.amazonaws.com","{B}:aud":"sts.amazonaws.com"}}}]}""",
                        "A a:x UNSATISFIABLE +aud; B a:x UNSATISFIABLE +aud", false, "unsatisfiable-condition unsatisfiable-condition"),
                c("several providers in one statement with IfExists keys work", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":["{ARN_A}","{ARN_B}"]},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEqualsIfExists":{"{A}:sub":"system:serviceaccount:a:x","{B}:sub":"system:serviceaccount:a:x",
                                                      "{A}:aud":"sts.amazonaws.com","{B}:aud":"sts.amazonaws.com"}}}]}""",
                        "A a:x ACTIVE +aud; B a:x ACTIVE +aud", false, ""),
                c("condition keys of another issuer", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{B}:sub":"system:serviceaccount:a:x","{B}:aud":"sts.amazonaws.com"}}}]}""",
                        "A *:* UNSATISFIABLE -aud", false,
                        "condition-key-issuer-mismatch condition-key-issuer-mismatch missing-audience-condition unsatisfiable-condition"),
                c("condition key names are case-insensitive", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"OIDC.EKS.US-EAST-1.AMAZONAWS.COM/id/AAAA0000AAAA0000AAAA0000AAAA0000:SUB":"system:serviceaccount:a:x",
                                                      "oidc.eks.us-east-1.amazonaws.com/ID/aaaa0000aaaa0000aaaa0000aaaa0000:Aud":"sts.amazonaws.com"}}}]}""",
                        "A a:x ACTIVE +aud", false, ""),
                c("negated subject only", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringNotEquals":{"{A}:sub":"system:serviceaccount:kube-system:default"},"StringEquals":{"{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A *:* ACTIVE +aud", false, "negated-subject-condition"),
                c("negated subject narrows a glob", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringLike":{"{A}:sub":"system:serviceaccount:apps:*"},"StringNotLike":{"{A}:sub":"system:serviceaccount:apps:admin-*"},
                                      "StringEquals":{"{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A apps:* ACTIVE +aud", false, "wildcard-subject"),
                c("two subject operators: exact value outside the glob can never match", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{A}:sub":["system:serviceaccount:apps:web","system:serviceaccount:ops:cron"],"{A}:aud":"sts.amazonaws.com"},
                                      "StringLike":{"{A}:sub":"system:serviceaccount:apps:*"}}}]}""",
                        "A apps:web ACTIVE +aud; A ops:cron UNSATISFIABLE +aud", false, "unsatisfiable-condition"),
                c("ForAnyValue:StringLike on the subject", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"ForAnyValue:StringLike":{"{A}:sub":"system:serviceaccount:a:x"},"StringEquals":{"{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A a:x ACTIVE +aud", false, ""),
                c("ForAllValues:StringEquals on the subject", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"ForAllValues:StringEquals":{"{A}:sub":"system:serviceaccount:a:x"},"StringEquals":{"{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A a:x ACTIVE +aud", false, "set-operator-on-single-valued-key"),
                c("IfExists on the subject", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEqualsIfExists":{"{A}:sub":"system:serviceaccount:a:x","{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A a:x ACTIVE +aud", false, ""),
                c("StringEqualsIgnoreCase accepts an upper-case spelling", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEqualsIgnoreCase":{"{A}:sub":"system:serviceaccount:Web:Frontend"},"StringEquals":{"{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A Web:Frontend ACTIVE +aud", false, ""),
                c("upper case under StringEquals is no Kubernetes name", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{A}:sub":"system:serviceaccount:Default:app","{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A Default:app UNSATISFIABLE +aud", false, "unsatisfiable-condition"),
                c("subject missing the service account", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{A}:sub":"system:serviceaccount:default","{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A null:null UNSATISFIABLE +aud", false, "unsatisfiable-condition"),
                c("misspelt subject prefix under StringLike", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringLike":{"{A}:sub":"system:serviceaccounts:apps:*"},"StringEquals":{"{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A null:null UNSATISFIABLE +aud", false, "unsatisfiable-condition"),
                c("empty subject list", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEquals":{"{A}:sub":[],"{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "", false, "unsatisfiable-condition"),
                c("the same grant twice", "{\"Statement\":[" + Policies.irsaStatement("A", "a", "x") + ","
                                + Policies.irsaStatement("A", "a", "x") + "]}",
                        "A a:x ACTIVE +aud; A a:x ACTIVE +aud", false, "duplicate-grant"),
                c("Deny takes a grant away", """
                        {"Statement":[
                         {"Sid":"Irsa","Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                          "Condition":{"StringEquals":{"{A}:sub":["system:serviceaccount:a:x","system:serviceaccount:a:y"],"{A}:aud":"sts.amazonaws.com"}}},
                         {"Sid":"NoY","Effect":"Deny","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                          "Condition":{"StringEquals":{"{A}:sub":"system:serviceaccount:a:y"}}}]}""",
                        "A a:x ACTIVE +aud; A a:y DENIED +aud", false, "deny-neutralises-grant"),
                c("Deny glob takes a namespace glob away", """
                        {"Statement":[
                         {"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                          "Condition":{"StringLike":{"{A}:sub":"system:serviceaccount:apps:*"},"StringEquals":{"{A}:aud":"sts.amazonaws.com"}}},
                         {"Effect":"Deny","Principal":"*","Action":"sts:*","Condition":{"StringLike":{"{A}:sub":"system:serviceaccount:*"}}}]}""",
                        "A apps:* DENIED +aud", false, "wildcard-subject deny-neutralises-grant"),
                c("Deny on another key may restrict", """
                        {"Statement":[""" + Policies.irsaStatement("A", "a", "x") + """
                         ,{"Effect":"Deny","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                          "Condition":{"NotIpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}]}""",
                        "A a:x ACTIVE +aud", false, "deny-may-restrict-grant"),
                c("Deny everything", """
                        {"Statement":[""" + Policies.irsaStatement("A", "a", "x") + """
                         ,{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"],
                           "Condition":{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"a"}}}
                         ,{"Sid":"Lockdown","Effect":"Deny","Principal":"*","Action":"*"}]}""",
                        "A a:x DENIED +aud", false, "deny-neutralises-grant deny-neutralises-grant"),
                c("action is not web identity", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRole",
                         "Condition":{"StringEquals":{"{A}:sub":"system:serviceaccount:a:x","{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A a:x UNSATISFIABLE +aud", false, "irsa-action-missing"),
                c("sts:* and an extra TagSession action", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":["sts:*"],
                         "Condition":{"StringEquals":{"{A}:sub":"system:serviceaccount:a:x","{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A a:x ACTIVE +aud", false, "wildcard-action"),
                c("NotAction allow", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"NotAction":"iam:*",
                         "Condition":{"StringEquals":{"{A}:sub":"system:serviceaccount:a:x","{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A a:x ACTIVE +aud", false, "not-action-allow"),
                c("anyone may assume", """
                        {"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}]}""",
                        "", false, "allow-any-principal"),
                c("AWS star with an organisation condition", """
                        {"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole",
                         "Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}}]}""",
                        "", false, "allow-any-principal"),
                c("NotPrincipal with Allow", """
                        {"Statement":[{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"sts:AssumeRole"}]}""",
                        "", false, "not-principal-allow"),
                c("unknown operator", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                         "Condition":{"StringEqual":{"{A}:sub":"system:serviceaccount:a:x"},"StringEquals":{"{A}:aud":"sts.amazonaws.com"}}}]}""",
                        "A *:* ACTIVE +aud", false, "unknown-condition-operator no-subject-condition"),
                c("Pod Identity documentation form", """
                        {"Version":"2012-10-17","Statement":[{"Sid":"AllowEksAuthToAssumeRoleForPodIdentity","Effect":"Allow",
                         "Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"]}]}""",
                        "", true, "pod-identity-unconditioned"),
                c("Pod Identity scoped by request tags", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"],
                         "Condition":{"StringEquals":{"aws:RequestTag/kubernetes-namespace":["payments"],"aws:RequestTag/kubernetes-service-account":["api"]}}}]}""",
                        "", true, ""),
                c("Pod Identity scoped by source account and cluster ARN", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Service":["pods.eks.amazonaws.com"]},"Action":["sts:AssumeRole","sts:TagSession"],
                         "Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"},
                                      "ArnLike":{"aws:SourceArn":"arn:aws:eks:us-east-1:111122223333:cluster/*"}}}]}""",
                        "", true, ""),
                c("Pod Identity without TagSession", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":"sts:AssumeRole",
                         "Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"}}}]}""",
                        "", true, "pod-identity-missing-tag-session"),
                c("Pod Identity principal without AssumeRole", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":"sts:TagSession"}]}""",
                        "", false, "pod-identity-action-missing"),
                c("other EKS service principals are not Pod Identity", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Service":["eks.amazonaws.com","eks-fargate-pods.amazonaws.com"]},"Action":"sts:AssumeRole"}]}""",
                        "", false, ""),
                c("mixed trust during a migration", "{\"Statement\":[" + Policies.irsaStatement("A", "a", "x") + """
                        ,{"Sid":"AllowEksAuthToAssumeRoleForPodIdentity","Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},
                          "Action":["sts:AssumeRole","sts:TagSession"]}]}""",
                        "A a:x ACTIVE +aud", true, "irsa-and-pod-identity pod-identity-unconditioned"),
                c("Deny with a request-tag condition may restrict Pod Identity", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"],
                          "Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"}}},
                         {"Effect":"Deny","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":"sts:AssumeRole",
                          "Condition":{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"kube-system"}}}]}""",
                        "", true, "deny-may-restrict-grant"),
                c("SAML and account trust are neither IRSA nor Pod Identity", """
                        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:saml-provider/Okta"},"Action":"sts:AssumeRoleWithSAML",
                          "Condition":{"StringEquals":{"SAML:aud":"https://signin.aws.amazon.com/saml"}}},
                         {"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::444455556666:root"]},"Action":"sts:AssumeRole"}]}""",
                        "", false, ""),
                c("a malformed statement is left out, the rest is read", "{\"Statement\":[" + Policies.irsaStatement("A", "a", "x") + """
                        ,{"Principal":{"Federated":"{ARN_B}"},"Action":"sts:AssumeRoleWithWebIdentity"}]}""",
                        "A a:x ACTIVE +aud", false, "malformed-statement"),
                c("IAM's URL-encoded form", "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C"
                                + "%22Principal%22%3A%7B%22Federated%22%3A%22{ARN_A}%22%7D%2C%22Action%22%3A%22sts%3AAssumeRoleWithWebIdentity%22%2C"
                                + "%22Condition%22%3A%7B%22StringEquals%22%3A%7B%22{A}%3Asub%22%3A%22system%3Aserviceaccount%3Adefault%3Amy-sa%22%2C"
                                + "%22{A}%3Aaud%22%3A%22sts.amazonaws.com%22%7D%7D%7D%5D%7D",
                        "A default:my-sa ACTIVE +aud", false, ""),
                c("not JSON", "Version: 2012-10-17", "", false, "unparseable-policy"),
                c("JSON without Statement", "{\"Version\":\"2012-10-17\"}", "", false, "unparseable-policy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void classifiesPolicyShape(String name, String policy, String grants, boolean podIdentity, String codes) {
        TrustAnalysis analysis = classifier.classify(Policies.expand(policy));

        assertThat(analysis.grants().stream().map(TrustPolicyClassifierTest::summary).toList())
                .as("grants").isEqualTo(split(grants, ";"));
        assertThat(analysis.podIdentity().trusted()).as("Pod Identity trusted").isEqualTo(podIdentity);
        assertThat(analysis.findings().stream().map(f -> f.code().id()).toList())
                .as("finding codes").containsExactlyInAnyOrderElementsOf(split(codes, " "));
    }

    private static Arguments c(String name, String policy, String grants, boolean podIdentity, String codes) {
        return Arguments.of(name, policy, grants, podIdentity, codes);
    }

    private static String summary(StatementGrant g) {
        return Policies.tag(g.grant().issuer()) + " " + g.grant().namespace() + ":" + g.grant().serviceAccount() + " "
                + g.state() + " " + (g.grant().audienceChecked() ? "+aud" : "-aud");
    }

    private static List<String> split(String s, String separator) {
        return Arrays.stream(s.split(separator)).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    static boolean isKnownCode(String id) {
        return Arrays.stream(FindingCode.values()).anyMatch(c -> c.id().equals(id));
    }
}
