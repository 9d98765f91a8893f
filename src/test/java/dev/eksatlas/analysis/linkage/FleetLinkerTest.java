package dev.eksatlas.analysis.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.Trust;
import dev.eksatlas.analysis.trust.TrustPolicyClassifier;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.OidcProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetLinkerTest {
    private static final String PROD = "111111111111";
    private static final String SHARED = "222222222222";

    private static ClusterLink linkOf(Fleet fleet, EksCluster cluster) {
        FleetIndex index = FleetIndex.build(fleet.snapshots(), new TrustPolicyClassifier());
        return new FleetLinker(index).link(cluster);
    }

    @Test
    void linksClusterToItsIssuerProviderRolesAndAssociations() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, "us-east-1");
        EksCluster c = prod.cluster("prod", "us-east-1", "1.30", "eks.8");
        String issuer = c.issuerHostPath();
        prod.provider(issuer);
        String web = prod.role("web", Trust.policy(Trust.irsa(PROD, issuer, Trust.subject("web", "frontend"))));
        prod.role("unrelated", Trust.policy(Trust.ec2()));
        String api = prod.role("api", Trust.policy(Trust.podIdentity()));
        prod.association(c, "api", "server", api);

        ClusterLink link = linkOf(fleet, c);

        assertThat(link.issuerKey()).isEqualTo(issuer.toLowerCase(java.util.Locale.ROOT));
        assertThat(link.localProvider()).map(OidcProvider::accountId).contains(PROD);
        assertThat(link.irsaRoleArns()).containsExactly(web);
        assertThat(link.associations()).singleElement().satisfies(a -> {
            assertThat(a.role().arn()).isEqualTo(api);
            assertThat(a.health()).isEqualTo(AssociationHealth.OK);
        });
    }

    @Test
    void findsTheProviderInAnotherAccountForCrossAccountIrsa() {
        Fleet fleet = new Fleet();
        EksCluster c = fleet.account(PROD, "us-east-1").cluster("prod", "us-east-1", "1.30", "eks.8");
        Fleet.Account shared = fleet.account(SHARED, "us-east-1");
        shared.provider(c.issuerHostPath());
        String reader = shared.role("s3-reader", Trust.policy(Trust.irsa(SHARED, c.issuerHostPath(), Trust.subject("etl", "reader"))));

        ClusterLink link = linkOf(fleet, c);

        assertThat(link.localProvider()).isEmpty();
        assertThat(link.crossAccountProviders()).extracting(OidcProvider::accountId).containsExactly(SHARED);
        assertThat(link.irsaRoleArns()).containsExactly(reader);
    }

    @Test
    void judgesEachAssociationByItsRoleAndTargetRole() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, "us-east-1");
        Fleet.Account shared = fleet.account(SHARED, "us-east-1");
        EksCluster c = prod.cluster("prod", "us-east-1", "1.30", "eks.8");
        String ok = prod.role("ok", Trust.policy(Trust.podIdentity()));
        String ec2 = prod.role("ec2", Trust.policy(Trust.ec2()));
        String payments = prod.role("payments-only", Trust.policy(Trust.podIdentityForNamespace("payments")));
        String noTags = prod.role("no-tags", Trust.policy(Trust.podIdentityWithoutTagSession()));
        String target = shared.role("target", Trust.policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + ok + "\"},"
                + "\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"]}"));
        String stranger = shared.role("stranger", Trust.policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::999999999999:root\"},"
                + "\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"]}"));
        prod.association(c, "a", "ok", ok);
        prod.association(c, "b", "gone", prod.roleArn("gone"));
        prod.association(c, "c", "ec2", ec2);
        prod.association(c, "d", "wrong-namespace", payments);
        prod.association(c, "e", "tags-on", noTags);
        prod.association(c, "f", "tags-off", noTags, null, true);
        prod.association(c, "g", "chained", ok, target, null);
        prod.association(c, "h", "chained-stranger", ok, stranger, null);
        prod.association(c, "i", "chained-unscanned", ok, "arn:aws:iam::333333333333:role/elsewhere", null);
        prod.association(c, "payments", "api", payments);

        List<AssociationHealth> health = linkOf(fleet, c).associations().stream().map(AssociationLink::health).toList();

        assertThat(health).containsExactly(
                AssociationHealth.OK,
                AssociationHealth.ROLE_MISSING,
                AssociationHealth.ROLE_NOT_TRUSTING,
                AssociationHealth.ROLE_NOT_TRUSTING,
                AssociationHealth.ROLE_MISSING_TAG_SESSION,
                AssociationHealth.OK,
                AssociationHealth.OK,
                AssociationHealth.TARGET_ROLE_NOT_TRUSTING,
                AssociationHealth.TARGET_ROLE_UNKNOWN,
                AssociationHealth.OK);
    }

    @Test
    void doesNotCallARoleMissingWhenItsAccountCouldNotBeListed() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, "us-east-1");
        EksCluster c = prod.cluster("prod", "us-east-1", "1.30", "eks.8");
        prod.gap("global", "iam", "ListRoles", null);
        prod.association(c, "a", "x", prod.roleArn("maybe"));

        assertThat(linkOf(fleet, c).associations()).singleElement()
                .extracting(AssociationLink::health).isEqualTo(AssociationHealth.ROLE_UNKNOWN);
    }

    /** IAM refuses a trust policy without a Statement, so one that has none was not read right: unknown, not healthy. */
    @Test
    void anAssociationWhoseRoleTrustsNothingIsNeverHealthy() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, "us-east-1");
        EksCluster c = prod.cluster("prod", "us-east-1", "1.30", "eks.8");
        prod.association(c, "a", "empty-object", prod.role("empty", "{}"));
        prod.association(c, "b", "no-statements", prod.role("none", "{\"Version\":\"2012-10-17\",\"Statement\":[]}"));
        prod.association(c, "c", "not-json", prod.role("broken", "{not json"));

        assertThat(linkOf(fleet, c).associations()).extracting(AssociationLink::health).containsExactly(
                AssociationHealth.ROLE_UNKNOWN, AssociationHealth.ROLE_NOT_TRUSTING, AssociationHealth.ROLE_UNKNOWN);
    }
}
