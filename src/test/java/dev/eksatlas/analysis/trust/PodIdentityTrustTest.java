package dev.eksatlas.analysis.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.policy.KeyValue;
import dev.eksatlas.analysis.policy.RequestContext;
import dev.eksatlas.analysis.policy.Truth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodIdentityTrustTest {
    private final TrustPolicyClassifier classifier = new TrustPolicyClassifier();

    private static RequestContext request(String namespace, String serviceAccount) {
        Map<String, String> tags = Map.of(
                "aws:requesttag/kubernetes-namespace", namespace,
                "aws:requesttag/kubernetes-service-account", serviceAccount,
                "aws:sourceaccount", "111122223333");
        return key -> tags.containsKey(key.lower()) ? KeyValue.of(tags.get(key.lower())) : KeyValue.UNKNOWN;
    }

    @Test
    void admitsOnlyAssociationsItsRequestTagConditionsAllow() {
        PodIdentityTrust trust = classifier.classify("""
                {"Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"],
                 "Condition":{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"payments"}}}]}""").podIdentity();

        assertThat(trust.scopedByRequestTags()).isTrue();
        assertThat(trust.admits(request("payments", "api"))).isEqualTo(Truth.TRUE);
        assertThat(trust.admits(request("web", "api"))).isEqualTo(Truth.FALSE);
    }

    @Test
    void requestTagConditionsFailWhenSessionTagsAreDisabled() {
        PodIdentityTrust trust = classifier.classify("""
                {"Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"],
                 "Condition":{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"payments"}}}]}""").podIdentity();

        assertThat(trust.admits(key -> key.lower().startsWith("aws:requesttag/") ? KeyValue.ABSENT : KeyValue.UNKNOWN)).isEqualTo(Truth.FALSE);
    }

    @Test
    void unconditionedTrustAdmitsEveryAssociation() {
        PodIdentityTrust trust = classifier.classify("""
                {"Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"]}]}""")
                .podIdentity();

        assertThat(trust.unconditioned()).isTrue();
        assertThat(trust.tagSession()).isTrue();
        assertThat(trust.admits(request("any", "thing"))).isEqualTo(Truth.TRUE);
    }

    @Test
    void denyOnANamespaceExcludesItsAssociations() {
        PodIdentityTrust trust = classifier.classify("""
                {"Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"]},
                 {"Effect":"Deny","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":"sts:AssumeRole",
                  "Condition":{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"kube-system"}}}]}""").podIdentity();

        assertThat(trust.admits(request("kube-system", "x"))).isEqualTo(Truth.FALSE);
        assertThat(trust.admits(request("apps", "x"))).isEqualTo(Truth.TRUE);
    }
}
