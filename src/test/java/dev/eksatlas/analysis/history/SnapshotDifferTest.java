package dev.eksatlas.analysis.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.Trust;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import org.junit.jupiter.api.Test;

class SnapshotDifferTest {
    private static final String ACCT = "111111111111";
    private static final String EAST = "us-east-1";
    private final SnapshotDiffer differ = new SnapshotDiffer();

    @Test
    void listsWhatWasAddedRemovedAndChanged() {
        Fleet before = new Fleet();
        Fleet.Account a = before.account(ACCT, EAST);
        EksCluster prod = a.cluster("prod", EAST, "1.29", "eks.5");
        a.cluster("old", EAST, "1.25", "eks.1");
        a.provider(prod.issuerHostPath());
        String web = a.role("web", Trust.policy(Trust.irsa(ACCT, prod.issuerHostPath(), Trust.subject("web", "frontend"))));
        a.role("same", Trust.policy(Trust.podIdentity()));
        a.association(prod, "api", "server", web);

        Fleet after = new Fleet();
        Fleet.Account b = after.account(ACCT, EAST);
        EksCluster prod2 = b.cluster("prod", EAST, "1.30", "eks.2");
        EksCluster fresh = b.cluster("fresh", EAST, "1.31", "eks.1");
        b.provider(prod2.issuerHostPath()).provider(fresh.issuerHostPath());
        b.role("web", Trust.policy(Trust.irsa(ACCT, prod.issuerHostPath(), Trust.subject("web", "frontend"), Trust.subject("web", "admin")),
                Trust.podIdentity()));
        b.role("same", "{\n  \"Version\" : \"2012-10-17\",\n  \"Statement\" : [ " + Trust.podIdentity() + " ]\n}");
        b.association(prod2, "api", "server", b.roleArn("same"));

        SnapshotDiff diff = differ.diff(snapshot(before), snapshot(after));

        assertThat(diff.clusters()).extracting(Change::kind, Change::key).containsExactly(
                tuple(ChangeKind.ADDED, "arn:aws:eks:us-east-1:" + ACCT + ":cluster/fresh"),
                tuple(ChangeKind.REMOVED, "arn:aws:eks:us-east-1:" + ACCT + ":cluster/old"),
                tuple(ChangeKind.CHANGED, "arn:aws:eks:us-east-1:" + ACCT + ":cluster/prod"));
        assertThat(diff.clusters().get(2).details()).containsExactly("version: 1.29 -> 1.30", "platformVersion: eks.5 -> eks.2");
        assertThat(diff.roles()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(web);
            assertThat(c.details()).contains("grant added: " + prod.issuerHostPath() + " system:serviceaccount:web:admin",
                    "Pod Identity trust: false -> true");
        });
        assertThat(diff.providers()).extracting(Change::kind).containsExactly(ChangeKind.ADDED);
        assertThat(diff.associations()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED);
            assertThat(c.details()).containsExactly("roleArn: " + web + " -> " + b.roleArn("same"));
        });
    }

    @Test
    void findsNothingBetweenASnapshotAndItself() {
        Fleet fleet = new Fleet();
        Fleet.Account a = fleet.account(ACCT, EAST);
        EksCluster c = a.cluster("prod", EAST, "1.30", "eks.8");
        a.role("r", Trust.policy(Trust.irsa(ACCT, c.issuerHostPath(), Trust.subject("a", "b"))));
        AccountSnapshot s = snapshot(fleet);

        assertThat(differ.diff(s, s).isEmpty()).isTrue();
    }

    @Test
    void refusesSnapshotsOfDifferentAccounts() {
        Fleet fleet = new Fleet();
        fleet.account(ACCT, EAST);
        fleet.account("222222222222", EAST);

        assertThatThrownBy(() -> differ.diff(fleet.snapshots().get(0), fleet.snapshots().get(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AccountSnapshot snapshot(Fleet fleet) {
        return fleet.snapshots().getFirst();
    }
}
