package dev.eksatlas.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.Trust;
import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.linkage.FleetLinker;
import dev.eksatlas.analysis.linkage.ProviderSummary;
import dev.eksatlas.analysis.trust.TrustPolicyClassifier;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FleetFindingsTest {
    private static final String PROD = "111111111111";
    private static final String OTHER = "222222222222";
    private static final String EAST = "us-east-1";

    static List<Finding> findings(List<AccountSnapshot> snapshots) {
        FleetIndex index = FleetIndex.build(snapshots, new TrustPolicyClassifier());
        return new FleetFindings().collect(index, new FleetLinker(index).linkAll(), ProviderSummary.of(index));
    }

    static List<Finding> only(List<Finding> findings, FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    @Test
    void reportsOrphanedProviderOnlyWhereItsRegionWasFullyScanned() {
        Fleet fleet = new Fleet();
        String gone = Fleet.issuer(EAST, "DELETED1");
        fleet.account(PROD, EAST).provider(gone);
        fleet.account(OTHER, EAST).provider(Fleet.issuer(EAST, "HIDDEN1")).gap(EAST, "eks", "ListClusters", null);
        fleet.account("333333333333", "eu-west-1").provider(Fleet.issuer(EAST, "NOTSCANNED"));

        List<Finding> orphaned = only(findings(fleet.snapshots()), FindingCode.OIDC_PROVIDER_ORPHANED);

        assertThat(orphaned).singleElement().satisfies(f -> {
            assertThat(f.resourceArn()).isEqualTo("arn:aws:iam::" + PROD + ":oidc-provider/" + gone);
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.region()).isEqualTo(EAST);
            assertThat(f.cluster()).isNull();
        });
    }

    @Test
    void linksProviderToAClusterInAnotherAccountInsteadOfCallingItOrphaned() {
        Fleet fleet = new Fleet();
        EksCluster c = fleet.account(PROD, EAST).cluster("prod", EAST, "1.30", "eks.8");
        fleet.account(OTHER, EAST).provider(c.issuerHostPath());

        assertThat(only(findings(fleet.snapshots()), FindingCode.OIDC_PROVIDER_ORPHANED)).isEmpty();
    }

    @Test
    void reportsEachRoleTrustingAProviderThatDoesNotExist() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster c = prod.cluster("prod", EAST, "1.30", "eks.8");
        String a = prod.role("a", Trust.policy(Trust.irsa(PROD, c.issuerHostPath(), Trust.subject("ns", "a"))));
        String b = prod.role("b", Trust.policy(Trust.irsa(PROD, c.issuerHostPath(), Trust.subject("ns", "b"))));

        List<Finding> missing = only(findings(fleet.snapshots()), FindingCode.OIDC_PROVIDER_MISSING);

        assertThat(missing).extracting(Finding::resourceArn).containsExactly(a, b);
        assertThat(missing).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.cluster()).isEqualTo("prod");
            assertThat(f.evidence()).isEqualTo("arn:aws:iam::" + PROD + ":oidc-provider/" + c.issuerHostPath());
            assertThat(f.remediation()).contains("--cluster prod");
        });
    }

    @Test
    void doesNotCallAProviderMissingWhenProvidersCouldNotBeListed() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster c = prod.cluster("prod", EAST, "1.30", "eks.8");
        prod.role("a", Trust.policy(Trust.irsa(PROD, c.issuerHostPath(), Trust.subject("ns", "a"))));
        prod.gap("global", "iam", "ListOpenIDConnectProviders", null);

        List<Finding> all = findings(fleet.snapshots());

        assertThat(only(all, FindingCode.OIDC_PROVIDER_MISSING)).isEmpty();
        assertThat(only(all, FindingCode.COVERAGE_GAP)).singleElement().extracting(Finding::message).asString()
                .contains("provider-missing, orphaned-provider and quota conclusions for this account are uncertain");
    }

    @Test
    void saysAProviderInAnUnscannedAccountCannotBeChecked() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster c = prod.cluster("prod", EAST, "1.30", "eks.8");
        prod.role("a", Trust.policy(Trust.irsa("999999999999", c.issuerHostPath(), Trust.subject("ns", "a"))));

        assertThat(only(findings(fleet.snapshots()), FindingCode.OIDC_PROVIDER_NOT_SCANNED)).singleElement()
                .satisfies(f -> assertThat(f.accountId()).isEqualTo("999999999999"));
    }

    @Test
    void warnsAtEightyProvidersAndRaisesAtTheQuota() {
        Fleet fleet = new Fleet();
        Fleet.Account near = fleet.account(PROD, EAST);
        Fleet.Account full = fleet.account(OTHER, EAST);
        Fleet.Account fine = fleet.account("333333333333", EAST);
        for (int i = 0; i < 100; i++) {
            if (i < 80) {
                near.provider(Fleet.issuer(EAST, "N" + i));
            }
            full.provider(Fleet.issuer(EAST, "F" + i));
            if (i < 79) {
                fine.provider(Fleet.issuer(EAST, "X" + i));
            }
        }

        List<Finding> quota = only(findings(fleet.snapshots()), FindingCode.OIDC_PROVIDER_QUOTA);

        assertThat(quota).extracting(Finding::accountId, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OTHER, Severity.HIGH), org.assertj.core.groups.Tuple.tuple(PROD, Severity.MEDIUM));
    }

    @Test
    void reportsAssociationsWhoseRolesCannotWork() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster c = prod.cluster("prod", EAST, "1.30", "eks.8");
        prod.agent(c);
        String ok = prod.role("ok", Trust.policy(Trust.podIdentity()));
        String ec2 = prod.role("ec2", Trust.policy(Trust.ec2()));
        String noTags = prod.role("no-tags", Trust.policy(Trust.podIdentityWithoutTagSession()));
        String stranger = prod.role("stranger", Trust.policy(Trust.ec2()));
        prod.association(c, "a", "gone", prod.roleArn("gone"));
        prod.association(c, "b", "ec2", ec2);
        prod.association(c, "c", "tags", noTags);
        prod.association(c, "d", "target-gone", ok, prod.roleArn("target-gone"), null);
        prod.association(c, "e", "target-stranger", ok, stranger, null);
        prod.association(c, "f", "fine", ok);

        List<Finding> all = findings(fleet.snapshots());

        assertThat(only(all, FindingCode.ASSOCIATION_ROLE_MISSING)).extracting(Finding::evidence).containsExactly(prod.roleArn("gone"));
        assertThat(only(all, FindingCode.ASSOCIATION_ROLE_NOT_TRUSTING_POD_IDENTITY)).extracting(Finding::evidence).containsExactly(ec2);
        assertThat(only(all, FindingCode.ASSOCIATION_ROLE_MISSING_TAG_SESSION)).extracting(Finding::evidence).containsExactly(noTags);
        assertThat(only(all, FindingCode.ASSOCIATION_TARGET_ROLE_MISSING)).extracting(Finding::evidence).containsExactly(prod.roleArn("target-gone"));
        assertThat(only(all, FindingCode.ASSOCIATION_TARGET_ROLE_NOT_TRUSTING)).extracting(Finding::evidence).containsExactly(stranger);
        assertThat(all).filteredOn(f -> f.code().id().startsWith("association-"))
                .allSatisfy(f -> assertThat(f.cluster()).isEqualTo("prod"))
                .allSatisfy(f -> assertThat(f.resourceArn()).contains(":podidentityassociation/prod/"));
    }

    @Test
    void reportsUnsupportedVersionsHighWithAssociationsAndLowWithout() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster used = prod.cluster("used", EAST, "1.27", "eks.7");
        prod.cluster("idle", EAST, "1.23", "eks.20");
        prod.cluster("new", EAST, "1.28", "eks.4");
        prod.agent(used);
        prod.association(used, "a", "b", prod.role("r", Trust.policy(Trust.podIdentity())));

        List<Finding> version = only(findings(fleet.snapshots()), FindingCode.POD_IDENTITY_UNSUPPORTED_VERSION);

        assertThat(version).extracting(Finding::cluster, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("used", Severity.HIGH),
                org.assertj.core.groups.Tuple.tuple("idle", Severity.LOW));
        assertThat(version.getFirst().evidence()).isEqualTo("Kubernetes 1.27, platform eks.7");
    }

    @Test
    void reportsMissingAgentOnlyWhereAssociationsNeedItAndAutoModeDoesNotProvideIt() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        String role = prod.role("r", Trust.policy(Trust.podIdentity()));
        EksCluster missing = prod.cluster("missing", EAST, "1.30", "eks.8");
        EksCluster installed = prod.cluster("installed", EAST, "1.30", "eks.8");
        EksCluster auto = prod.cluster("auto", EAST, "1.30", "eks.8", true);
        EksCluster degraded = prod.cluster("degraded", EAST, "1.30", "eks.8");
        EksCluster unread = prod.cluster("unread", EAST, "1.30", "eks.8");
        prod.cluster("unused", EAST, "1.30", "eks.8");
        prod.agent(installed);
        prod.addon(degraded, "eks-pod-identity-agent", "v1.3.4-eksbuild.1", "DEGRADED");
        prod.gap(EAST, "eks", "ListAddons", "unread");
        for (EksCluster c : List.of(missing, installed, auto, degraded, unread)) {
            prod.association(c, "a", "b", role);
        }

        List<Finding> all = findings(fleet.snapshots());

        assertThat(only(all, FindingCode.POD_IDENTITY_AGENT_MISSING)).singleElement().satisfies(f -> {
            assertThat(f.cluster()).isEqualTo("missing");
            assertThat(f.remediation()).isEqualTo("Install the agent: aws eks create-addon --cluster-name missing --addon-name eks-pod-identity-agent");
        });
        assertThat(only(all, FindingCode.POD_IDENTITY_AGENT_UNHEALTHY)).extracting(Finding::cluster).containsExactly("degraded");
    }

    @Test
    void reportsFargateProfilesMediumWhenTheyCatchAnAssociation() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster c = prod.cluster("prod", EAST, "1.30", "eks.8");
        prod.agent(c);
        prod.fargate(c, "batch", "batch-*").fargate(c, "system", "kube-system");
        prod.association(c, "batch-nightly", "runner", prod.role("r", Trust.policy(Trust.podIdentity())));

        List<Finding> fargate = only(findings(fleet.snapshots()), FindingCode.FARGATE_LIMITS_POD_IDENTITY);

        assertThat(fargate).extracting(Finding::severity, Finding::resourceArn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.MEDIUM, "arn:aws:eks:us-east-1:" + PROD + ":fargateprofile/prod/batch/x"),
                org.assertj.core.groups.Tuple.tuple(Severity.INFO, "arn:aws:eks:us-east-1:" + PROD + ":fargateprofile/prod/system/x"));
        assertThat(fargate.getFirst().message()).contains("batch-nightly/runner");
    }

    @Test
    void reportsServiceAccountsWhereIrsaShadowsTheirAssociation() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster c = prod.cluster("prod", EAST, "1.30", "eks.8");
        prod.provider(c.issuerHostPath()).agent(c);
        String irsa = prod.role("irsa", Trust.policy(Trust.irsa(PROD, c.issuerHostPath(), Trust.subject("pay", "api"))));
        prod.role("everyone", Trust.policy(Trust.irsaWith("StringLike", PROD, c.issuerHostPath(), "system:serviceaccount:*")));
        String pi = prod.role("pi", Trust.policy(Trust.podIdentity()));
        prod.association(c, "pay", "api", pi);
        prod.association(c, "web", "front", pi);

        List<Finding> shadows = only(findings(fleet.snapshots()), FindingCode.IRSA_SHADOWS_POD_IDENTITY);

        assertThat(shadows).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("Service account pay/api has both IRSA (" + irsa + ")");
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        });
    }

    @Test
    void reportsRolesTrustedThroughSeveralClustersIssuers() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster a = prod.cluster("a", EAST, "1.30", "eks.8");
        EksCluster b = prod.cluster("b", EAST, "1.30", "eks.8");
        String shared = prod.role("shared", Trust.policy(
                Trust.irsa(PROD, a.issuerHostPath(), Trust.subject("ns", "x")),
                Trust.irsa(PROD, b.issuerHostPath(), Trust.subject("ns", "x"))));
        prod.role("single", Trust.policy(Trust.irsa(PROD, a.issuerHostPath(), Trust.subject("ns", "y"))));

        assertThat(only(findings(fleet.snapshots()), FindingCode.SHARED_ROLE_NEEDS_PER_CLUSTER_TRUST)).singleElement()
                .satisfies(f -> {
                    assertThat(f.resourceArn()).isEqualTo(shared);
                    assertThat(f.message()).contains("2 clusters' issuers (scanned: a, b)");
                });
    }

    @Test
    void placesTrustFindingsAtTheClusterWhoseIssuerTheyConcern() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster c = prod.cluster("prod", EAST, "1.30", "eks.8");
        prod.provider(c.issuerHostPath());
        String wide = prod.role("wide", Trust.policy(Trust.irsaWith("StringLike", PROD, c.issuerHostPath(), "system:serviceaccount:apps:*")));

        assertThat(only(findings(fleet.snapshots()), FindingCode.WILDCARD_SUBJECT)).singleElement().satisfies(f -> {
            assertThat(f.cluster()).isEqualTo("prod");
            assertThat(f.region()).isEqualTo(EAST);
            assertThat(f.resourceArn()).isEqualTo(wide);
            assertThat(f.message()).startsWith("Role wide: Statement #1 the subject glob");
        });
    }

    @Test
    void reportsStaleTokensHighInTheirLastWeek() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster c = prod.cluster("prod", EAST, "1.30", "eks.8");
        prod.staleToken(c, "system:serviceaccount:common:fluent-bit", 4_185_802)
                .staleToken(c, "system:serviceaccount:common:fluent-bit", 100)
                .staleToken(c, "system:serviceaccount:legacy:cron", 7_700_000);

        assertThat(only(findings(fleet.snapshots()), FindingCode.STALE_SERVICE_ACCOUNT_TOKEN))
                .extracting(Finding::severity, Finding::evidence).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.HIGH, "system:serviceaccount:legacy:cron, seconds after warning threshold: 7700000"),
                        org.assertj.core.groups.Tuple.tuple(Severity.MEDIUM, "system:serviceaccount:common:fluent-bit, seconds after warning threshold: 4185802"));
    }

    @ParameterizedTest(name = "{0} {1} -> reported: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            vpc-cni                | v1.7.10-eksbuild.1 | true
            vpc-cni                | v1.7.5-eksbuild.2  | true
            vpc-cni                | v1.8.0-eksbuild.1  | false
            vpc-cni                | v1.19.2-eksbuild.5 | false
            coredns                | v1.8.3-eksbuild.1  | true
            coredns                | v1.8.4-eksbuild.1  | false
            coredns                | v1.10.1-eksbuild.18| false
            coredns                | 1.7.0              | true
            coredns                | latest             | false
            kube-proxy             | v1.0.0-eksbuild.1  | true
            kube-proxy             | v1.29.10-eksbuild.3| true
            kube-proxy             | v1.30.0-eksbuild.3 | false
            kube-proxy             | v1.31.2-eksbuild.1 | false
            aws-ebs-csi-driver     | v1.0.0-eksbuild.1  | false
            """)
    void reportsAddOnsTooOldToRefreshTheirServiceAccountToken(String addon, String version, boolean reported) {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster c = prod.cluster("prod", EAST, "1.30", "eks.8");
        prod.addon(c, addon, version, "ACTIVE");

        List<Finding> old = only(findings(fleet.snapshots()), FindingCode.ADDON_BELOW_TOKEN_REFRESH_MINIMUM);

        if (reported) {
            assertThat(old).singleElement().satisfies(f -> {
                assertThat(f.cluster()).isEqualTo("prod");
                assertThat(f.resourceArn()).endsWith(":addon/prod/" + addon + "/x");
                assertThat(f.remediation()).contains("--addon-name " + addon).contains("--cluster-name prod").doesNotContain("<minimum>");
            });
        } else {
            assertThat(old).isEmpty();
        }
    }

    @Test
    void namesTheConclusionsEachCoverageGapMakesUncertain() {
        Fleet fleet = new Fleet();
        fleet.account(PROD, EAST).cluster("prod", EAST, "1.30", "eks.8");
        fleet.account(PROD, EAST)
                .gap("global", "iam", "ListRoles", null)
                .gap(EAST, "eks", "ListClusters", null)
                .gap(EAST, "eks", "ListPodIdentityAssociations", "prod")
                .gap(EAST, "eks", "ListAddons", "prod")
                .gap(EAST, "logs", "StartQuery", "prod");

        List<String> messages = only(findings(fleet.snapshots()), FindingCode.COVERAGE_GAP).stream().map(Finding::message).toList();

        assertThat(messages).containsExactlyInAnyOrder(
                "Roles of account " + PROD + " could not be read (ListRoles): IRSA grants, association-role checks and trust findings there are uncertain",
                "Clusters in region us-east-1 of account " + PROD + " could not be read (ListClusters): orphaned-provider conclusions for issuers of that region and all cluster findings there are uncertain",
                "Pod Identity associations of cluster prod could not be read: its service-account matrix, shadowing and association findings are uncertain",
                "Add-ons of cluster prod could not be read: whether the Pod Identity agent is installed is uncertain",
                "Audit logs of prod could not be queried: stale-token findings are uncertain");
    }

    @Test
    void ordersFindingsTheSameWayWhateverTheInputOrder() {
        Fleet fleet = new Fleet();
        for (String account : List.of(PROD, OTHER)) {
            Fleet.Account a = fleet.account(account, EAST);
            EksCluster c = a.cluster("c" + account.charAt(0), EAST, "1.23", "eks.1");
            a.role("wide", Trust.policy(Trust.irsaWith("StringLike", account, c.issuerHostPath(), "system:serviceaccount:*")));
            a.association(c, "x", "y", a.roleArn("gone"));
            a.provider(Fleet.issuer(EAST, "ORPHAN" + account));
        }
        List<AccountSnapshot> snapshots = fleet.snapshots();
        List<AccountSnapshot> reversed = new ArrayList<>(snapshots);
        Collections.reverse(reversed);

        List<Finding> findings = findings(snapshots);

        assertThat(findings).isEqualTo(findings(reversed));
        assertThat(findings).isSortedAccordingTo(FindingOrder.ORDER);
        assertThat(findings.getFirst().severity()).isEqualTo(Severity.HIGH);
    }
}
