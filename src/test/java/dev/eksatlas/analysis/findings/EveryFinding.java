package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.Trust;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.linkage.FleetLinker;
import dev.eksatlas.analysis.linkage.ProviderSummary;
import dev.eksatlas.analysis.trust.PolicyShapes;
import dev.eksatlas.analysis.trust.TrustPolicyClassifier;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.StaleTokenCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * One fleet with a finding of every code, and most of each code's wordings: every trust-policy
 * shape of the classifier's tests, broken associations of each kind, old versions and add-ons,
 * Fargate, stale tokens, quotas and a coverage gap of each kind. For tests over all findings (e.g.
 * that each reads in every language of the user interface).
 */
public final class EveryFinding {
    public static final String PROD = PolicyShapes.ACCOUNT;
    public static final String OTHER = "222222222222";
    private static final String EAST = "us-east-1";

    private EveryFinding() {
    }

    public static List<AccountSnapshot> fleet() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST, "eu-west-1");
        List<String> shapes = PolicyShapes.all();
        for (int i = 0; i < shapes.size(); i++) {
            prod.role("shape-" + i, shapes.get(i));
        }
        EksCluster c = prod.cluster("prod", EAST, "1.30", "eks.8");
        prod.provider(c.issuerHostPath()).agent(c);
        sizes(prod, c);
        associations(prod, c);
        clusters(prod);
        tokens(prod);
        gaps(fleet.account("333333333333", EAST, "eu-west-1"));
        providers(fleet.account(OTHER, EAST), prod, c);
        return fleet.snapshots();
    }

    public static List<Finding> findings() {
        FleetIndex index = FleetIndex.build(fleet(), new TrustPolicyClassifier());
        return new FleetFindings().collect(index, new FleetLinker(index).linkAll(), ProviderSummary.of(index));
    }

    /** Roles near the default size limit, over it, and near the maximum. */
    private static void sizes(Fleet.Account prod, EksCluster c) {
        for (int n : new int[] {4, 5, 8, 12}) {
            List<String> subjects = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                subjects.add(Trust.irsa(PROD, c.issuerHostPath(), Trust.subject("team-" + i, "service-account-number-" + i)));
            }
            prod.role("size-" + n, Trust.policy(subjects.toArray(String[]::new)));
        }
    }

    private static void associations(Fleet.Account prod, EksCluster c) {
        String ok = prod.role("ok", Trust.policy(Trust.podIdentity()));
        String ec2 = prod.role("ec2", Trust.policy(Trust.ec2()));
        String noTags = prod.role("no-tags", Trust.policy(Trust.podIdentityWithoutTagSession()));
        String scoped = prod.role("scoped", Trust.policy(Trust.podIdentityForNamespace("only-this")));
        prod.association(c, "a", "gone", prod.roleArn("gone"));
        prod.association(c, "b", "ec2", ec2);
        prod.association(c, "c", "tags", noTags);
        prod.association(c, "d", "target-gone", ok, prod.roleArn("target-gone"), null);
        prod.association(c, "e", "target-stranger", ok, ec2, null);
        prod.association(c, "f", "elsewhere", scoped);
        prod.association(c, "g", "untagged", scoped, null, true);
        prod.role("irsa", Trust.policy(Trust.irsa(PROD, c.issuerHostPath(), Trust.subject("pay", "api"))));
        prod.association(c, "pay", "api", ok);
        prod.fargate(c, "batch", "batch-*").fargate(c, "system", "kube-system");
        prod.association(c, "batch-nightly", "runner", ok);
        EksCluster big = prod.cluster("big", EAST, "1.31", "eks.3");
        prod.agent(big);
        for (int i = 0; i < 800; i++) {
            prod.association(big, "ns-" + i, "sa", ok);
        }
    }

    private static void clusters(Fleet.Account prod) {
        String ok = prod.roleArn("ok");
        EksCluster used = prod.cluster("used", EAST, "1.27", "eks.7");
        prod.agent(used).association(used, "a", "b", ok);
        prod.cluster("idle", EAST, "1.23", "eks.20");
        EksCluster missing = prod.cluster("missing", EAST, "1.30", "eks.8");
        prod.association(missing, "a", "b", ok);
        EksCluster degraded = prod.cluster("degraded", EAST, "1.30", "eks.8");
        prod.addon(degraded, "eks-pod-identity-agent", "v1.3.4-eksbuild.1", "DEGRADED").association(degraded, "a", "b", ok);
        EksCluster a = prod.cluster("a", EAST, "1.30", "eks.8");
        EksCluster b = prod.cluster("b", EAST, "1.30", "eks.8");
        prod.provider(a.issuerHostPath()).provider(b.issuerHostPath());
        prod.role("shared", Trust.policy(Trust.irsa(PROD, a.issuerHostPath(), Trust.subject("ns", "x")),
                Trust.irsa(PROD, b.issuerHostPath(), Trust.subject("ns", "x"))));
        prod.addon(a, "vpc-cni", "v1.7.10-eksbuild.1", "ACTIVE").addon(a, "kube-proxy", "v1.29.10-eksbuild.3", "ACTIVE");
    }

    private static void tokens(Fleet.Account prod) {
        EksCluster c = prod.cluster("tokens", EAST, "1.30", "eks.8");
        prod.staleToken(c, "system:serviceaccount:common:fluent-bit", 4_185_802)
                .staleToken(c, "system:serviceaccount:legacy:cron", 8_100_000);
        EksCluster quiet = prod.clusterWithoutAuditLog("quiet", EAST);
        prod.check(quiet, StaleTokenCheck.Status.AUDIT_LOGGING_OFF);
        EksCluster noGroup = prod.cluster("no-group", EAST, "1.30", "eks.8");
        prod.check(noGroup, StaleTokenCheck.Status.NO_LOG_GROUP);
    }

    /** In an account of their own: gaps in IAM would make the other accounts' provider and role conclusions uncertain. */
    private static void gaps(Fleet.Account account) {
        account.gap("global", "iam", "ListOpenIDConnectProviders", null)
                .gap("global", "iam", "ListRoles", null)
                .gap("global", "iam", "GetRole", "hidden-role")
                .gap("eu-west-1", "eks", "ListClusters", null)
                .gap(EAST, "eks", "DescribeCluster", "secret")
                .gap(EAST, "eks", "ListPodIdentityAssociations", "prod")
                .gap(EAST, "eks", "ListAddons", "prod")
                .gap(EAST, "eks", "ListFargateProfiles", "prod")
                .gap(EAST, "logs", "StartQuery", "prod")
                .gap(EAST, "logs", "StartQuery", null)
                .gap(EAST, "sts", "GetCallerIdentity", null);
    }

    /** 80 orphaned providers (the quota warning), and a role trusting a provider in an account not scanned. */
    private static void providers(Fleet.Account other, Fleet.Account prod, EksCluster c) {
        for (int i = 0; i < 80; i++) {
            other.provider(Fleet.issuer(EAST, "ORPHAN" + i));
        }
        prod.role("foreign", Trust.policy(Trust.irsa("999999999999", c.issuerHostPath(), Trust.subject("ns", "foreign"))));
    }
}
