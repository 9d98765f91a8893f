package dev.eksatlas.inventory;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.AwsAccount;
import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.domain.PodIdentityAssociation;
import dev.eksatlas.domain.StaleTokenObservation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-built snapshots with one of everything, values chosen to catch mapping mistakes. */
public final class TestSnapshots {
    static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    private TestSnapshots() {
    }

    public static AccountSnapshot account(String accountId, int clusterCount) {
        String region = "eu-west-1";
        List<EksCluster> clusters = new ArrayList<>();
        List<PodIdentityAssociation> associations = new ArrayList<>();
        for (int i = 0; i < clusterCount; i++) {
            String name = "prod-" + i;
            clusters.add(new EksCluster(accountId, region, name, "arn:aws:eks:" + region + ":" + accountId + ":cluster/" + name,
                    "1.29", "eks.7", "ACTIVE", "https://oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789ABCDEF012345678" + i,
                    List.of("api", "audit"), "API_AND_CONFIG_MAP", i % 2 == 0, T0.plusSeconds(i), Map.of("team", "platform, \"core\"")));
            associations.add(new PodIdentityAssociation(accountId, region, name, "a-abcdefghijklmnop" + i,
                    "arn:aws:eks:" + region + ":" + accountId + ":podidentityassociation/" + name + "/a-abcdefghijklmnop" + i,
                    "payments", "api", "arn:aws:iam::" + accountId + ":role/payments-api", i == 0 ? "arn:aws:iam::999988887777:role/target" : null,
                    i == 0 ? "eu-west-1/" + accountId + "/" + name + "/payments/api" : null, i == 0 ? Boolean.TRUE : null,
                    null, i == 0 ? "{\"Version\":\"2012-10-17\"}" : null, T0, T0.plusSeconds(60), Map.of()));
        }
        String trust = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                  "Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"]}]}""";
        IamRole role = new IamRole(accountId, "arn:aws:iam::" + accountId + ":role/payments-api", "payments-api", "/",
                T0, 3600, trust, IamRole.policySize(trust), true, T0.plusSeconds(3600), "eu-west-1", Map.of("owner", "ana"));
        IamRole plain = new IamRole(accountId, "arn:aws:iam::" + accountId + ":role/other", "other", "/svc/",
                T0, 43200, "{}", 2, false, null, null, Map.of());
        OidcProvider provider = new OidcProvider(accountId,
                "arn:aws:iam::" + accountId + ":oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789ABCDEF0123456780",
                "oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789ABCDEF0123456780", List.of("sts.amazonaws.com"),
                List.of("9e99a48a9960b14926bb7f3b02e22da2b0ab7280"), T0, Map.of("k", "v"));
        EksAddon agent = new EksAddon(accountId, region, "prod-0", EksAddon.POD_IDENTITY_AGENT,
                "arn:aws:eks:eu-west-1:" + accountId + ":addon/prod-0/eks-pod-identity-agent/1234", "v1.3.4-eksbuild.1",
                "ACTIVE", null, List.of(), T0);
        FargateProfile fargate = new FargateProfile(accountId, region, "prod-0", "batch",
                "arn:aws:eks:eu-west-1:" + accountId + ":fargateprofile/prod-0/batch/1", "ACTIVE",
                "arn:aws:iam::" + accountId + ":role/fargate", List.of(new FargateProfile.Selector("batch", Map.of("tier", "jobs"))));
        StaleTokenObservation stale = new StaleTokenObservation(accountId, region, "prod-0",
                "system:serviceaccount:common:fluent-bit", 4_185_802L, T0);
        CoverageGap gap = new CoverageGap(accountId, "us-west-2", "eks", "ListClusters", null, "AccessDeniedException",
                "User is not authorized to perform: eks:ListClusters");
        return new AccountSnapshot(new AwsAccount(accountId, "aws", "prod"), "prod-admin", List.of(region, "us-west-2"),
                T0, T0.plusSeconds(42), clusters, List.of(provider), List.of(plain, role), associations, List.of(agent),
                List.of(fargate), List.of(stale), List.of(gap), 1234, null);
    }
}
