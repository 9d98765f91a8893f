package dev.eksatlas.bench;

import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.Trust;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic fleet of the size the issue names for "large" (10,000 roles, 6,000 associations,
 * 300 clusters) with the variety real fleets have: single- and multi-cluster IRSA roles (some
 * near the trust-policy limit), globs, missing audience checks, Pod Identity roles scoped or not,
 * mixed trusts, unrelated service roles, missing providers and agents, old versions, Fargate.
 */
final class SyntheticFleet {
    private static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "ap-northeast-2");
    private static final List<String> NAMESPACES = List.of("payments", "web", "data", "logging", "monitoring", "batch", "ml", "kube-system");

    private SyntheticFleet() {
    }

    static List<AccountSnapshot> generate(long seed, int accounts, int clusters, int roles, int associations) {
        Random random = new Random(seed);
        Fleet fleet = new Fleet();
        List<Fleet.Account> accts = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            accts.add(fleet.account(String.format("%012d", 100_000_000_000L + i), REGIONS.toArray(String[]::new)));
        }
        List<List<EksCluster>> clustersOf = new ArrayList<>();
        accts.forEach(a -> clustersOf.add(new ArrayList<>()));
        for (int i = 0; i < clusters; i++) {
            int ai = i % accounts;
            Fleet.Account a = accts.get(ai);
            String region = REGIONS.get(random.nextInt(REGIONS.size()));
            String[] version = random.nextInt(10) == 0 ? new String[] {"1.27", "eks.6"} : new String[] {"1." + (29 + random.nextInt(4)), "eks." + (1 + random.nextInt(8))};
            EksCluster c = a.cluster("cluster-" + i, region, version[0], version[1], random.nextInt(20) == 0);
            clustersOf.get(ai).add(c);
            if (random.nextInt(25) != 0) {
                a.provider(c.issuerHostPath());
            }
            if (random.nextInt(5) != 0) {
                a.agent(c);
            }
            if (random.nextInt(10) == 0) {
                a.fargate(c, "fp-" + i, "batch");
            }
        }
        for (int i = 0; i < accounts * 3; i++) {
            accts.get(i % accounts).provider(Fleet.issuer(REGIONS.get(i % REGIONS.size()), "ORPHAN" + i));
        }
        List<List<String>> podRoles = new ArrayList<>();
        accts.forEach(a -> podRoles.add(new ArrayList<>()));
        for (int i = 0; i < roles; i++) {
            int ai = i % accounts;
            Fleet.Account a = accts.get(ai);
            List<EksCluster> cs = clustersOf.get(ai);
            String policy = policy(random, a.id(), cs, i);
            String arn = a.role("role-" + i, policy);
            if (policy.contains("pods.eks.amazonaws.com")) {
                podRoles.get(ai).add(arn);
            }
        }
        for (int i = 0; i < associations; i++) {
            int ai = i % accounts;
            Fleet.Account a = accts.get(ai);
            EksCluster c = clustersOf.get(ai).get(random.nextInt(clustersOf.get(ai).size()));
            List<String> pr = podRoles.get(ai);
            String role = random.nextInt(50) == 0 ? a.roleArn("deleted-" + i) : pr.get(random.nextInt(pr.size()));
            a.association(c, ns(random), "sa-" + i, role, null, random.nextInt(10) == 0 ? Boolean.TRUE : null);
        }
        return fleet.snapshots();
    }

    private static String policy(Random random, String account, List<EksCluster> clusters, int i) {
        int kind = random.nextInt(100);
        EksCluster c = clusters.get(random.nextInt(clusters.size()));
        String sa = Trust.subject(ns(random), "app-" + i);
        if (kind < 45) {
            return Trust.policy(random.nextInt(8) == 0
                    ? "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"arn:aws:iam::" + account + ":oidc-provider/" + c.issuerHostPath()
                    + "\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{\"StringEquals\":{\"" + c.issuerHostPath() + ":sub\":\"" + sa + "\"}}}"
                    : Trust.irsa(account, c.issuerHostPath(), sa));
        }
        if (kind < 57) {
            int n = 2 + random.nextInt(4);
            List<String> statements = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                statements.add(Trust.irsa(account, clusters.get((i + k) % clusters.size()).issuerHostPath(), sa));
            }
            return Trust.policy(statements.toArray(String[]::new));
        }
        if (kind < 62) {
            return Trust.policy(Trust.irsaWith("StringLike", account, c.issuerHostPath(), "system:serviceaccount:" + ns(random) + ":*"));
        }
        if (kind < 82) {
            return Trust.policy(random.nextBoolean() ? Trust.podIdentity() : Trust.podIdentityForNamespace(ns(random)));
        }
        if (kind < 92) {
            return Trust.policy(Trust.irsa(account, c.issuerHostPath(), sa), Trust.podIdentity());
        }
        return Trust.policy(Trust.ec2());
    }

    private static String ns(Random random) {
        return NAMESPACES.get(random.nextInt(NAMESPACES.size()));
    }
}
