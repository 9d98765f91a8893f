package dev.eksatlas.analysis.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.Severity;
import org.junit.jupiter.api.Test;

class IrsaGrantFieldsTest {
    private final TrustPolicyClassifier classifier = new TrustPolicyClassifier();

    @Test
    void fillsEveryFieldOfAnEksGrant() {
        TrustAnalysis a = classifier.classify(Policies.expand("{\"Statement\":[" + Policies.irsaStatement("A", "default", "my-sa") + "]}"));

        assertThat(a.irsa()).containsExactly(new IrsaGrant(Policies.A, true, "aws", "us-east-1", "default", "my-sa",
                "system:serviceaccount:default:my-sa", "StringEquals", true));
    }

    @Test
    void readsPartitionAndRegionOfChinaAndGovCloudIssuers() {
        TrustAnalysis cn = classifier.classify(Policies.expand("{\"Statement\":[" + Policies.irsaStatement("CN", "a", "b") + "]}"));
        TrustAnalysis gov = classifier.classify(Policies.expand("{\"Statement\":[" + Policies.irsaStatement("GOV", "a", "b") + "]}"));

        assertThat(cn.irsa().getFirst()).extracting(IrsaGrant::partition, IrsaGrant::region, IrsaGrant::eksIssuer)
                .containsExactly("aws-cn", "cn-north-1", true);
        assertThat(gov.irsa().getFirst()).extracting(IrsaGrant::partition, IrsaGrant::region, IrsaGrant::eksIssuer)
                .containsExactly("aws-us-gov", "us-gov-west-1", true);
    }

    @Test
    void keepsTheRawSubjectAndOperatorOfANonEksIssuerWithoutServiceAccount() {
        TrustAnalysis a = classifier.classify(Policies.expand("""
                {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_GH}"},"Action":"sts:AssumeRoleWithWebIdentity",
                 "Condition":{"StringLike":{"{GH}:sub":"repo:acme/deploy:*"},"StringEquals":{"{GH}:aud":"sts.amazonaws.com"}}}]}"""));

        assertThat(a.irsa()).containsExactly(new IrsaGrant(Policies.GH, false, "aws", null, null, null,
                "repo:acme/deploy:*", "StringLike", true));
    }

    @Test
    void grantWithoutSubjectConditionHasNullSubjectAndOperator() {
        TrustAnalysis a = classifier.classify(Policies.expand("""
                {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity"}]}"""));

        assertThat(a.irsa()).containsExactly(new IrsaGrant(Policies.A, true, "aws", "us-east-1", "*", "*", null, null, false));
    }

    @Test
    void keepsTheOperatorAsWrittenWithPrefixAndSuffix() {
        TrustAnalysis a = classifier.classify(Policies.expand("""
                {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                 "Condition":{"ForAnyValue:StringLikeIfExists":{"{A}:sub":"system:serviceaccount:ops:*"}}}]}"""));

        assertThat(a.irsa().getFirst().operator()).isEqualTo("ForAnyValue:StringLikeIfExists");
    }

    @Test
    void messagesNameTheStatementBySidOrPosition() {
        TrustAnalysis a = classifier.classify(Policies.expand("""
                {"Statement":[
                 {"Sid":"ClusterA","Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity"},
                 {"Effect":"Allow","Principal":{"Federated":"{ARN_B}"},"Action":"sts:AssumeRoleWithWebIdentity"}]}"""));

        assertThat(a.findings()).filteredOn(f -> f.code() == FindingCode.NO_SUBJECT_CONDITION)
                .extracting(TrustFinding::message)
                .satisfiesExactly(
                        m -> assertThat(m).startsWith("Statement \"ClusterA\" has no condition on " + Policies.A + ":sub"),
                        m -> assertThat(m).startsWith("Statement #2 has no condition on " + Policies.B + ":sub"));
    }

    @Test
    void findingsCarryTheirIssuerAndEvidence() {
        TrustAnalysis a = classifier.classify(Policies.expand("""
                {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_A}"},"Action":"sts:AssumeRoleWithWebIdentity",
                 "Condition":{"StringLike":{"{A}:sub":"system:serviceaccount:apps:*"},"StringEquals":{"{A}:aud":"sts.amazonaws.com"}}}]}"""));

        assertThat(a.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.WILDCARD_SUBJECT);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.issuerKey()).isEqualTo(Policies.A.toLowerCase(java.util.Locale.ROOT));
            assertThat(f.evidence()).isEqualTo("StringLike \"" + Policies.A + ":sub\": \"system:serviceaccount:apps:*\"");
        });
    }

    @Test
    void chinaAudienceBesideTheStandardOneIsOnlyInformation() {
        TrustAnalysis a = classifier.classify(Policies.expand("""
                {"Statement":[{"Effect":"Allow","Principal":{"Federated":"{ARN_CN}"},"Action":"sts:AssumeRoleWithWebIdentity",
                 "Condition":{"StringEquals":{"{CN}:sub":"system:serviceaccount:a:b","{CN}:aud":["sts.amazonaws.com","sts.amazonaws.com.cn"]}}}]}"""));

        assertThat(a.findings()).singleElement().extracting(TrustFinding::severity).isEqualTo(Severity.INFO);
    }

    @Test
    void anyPrincipalWithConditionsIsMediumNotHigh() {
        TrustAnalysis open = classifier.classify("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"}}");
        TrustAnalysis scoped = classifier.classify("""
                {"Statement":{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-1"}}}}""");

        assertThat(open.findings()).singleElement().extracting(TrustFinding::severity).isEqualTo(Severity.HIGH);
        assertThat(scoped.findings()).singleElement().extracting(TrustFinding::severity).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void unparseablePolicyExplainsWhatIsWrong() {
        TrustAnalysis a = classifier.classify("[1,2]");

        assertThat(a.parsed()).isFalse();
        assertThat(a.findings()).singleElement().extracting(TrustFinding::message)
                .isEqualTo("The trust policy could not be read: a policy is a JSON object, but this is an array");
    }
}
