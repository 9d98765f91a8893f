package dev.eksatlas.ui.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.Trust;
import dev.eksatlas.analysis.history.ChangeKind;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.domain.SnapshotCounts;
import dev.eksatlas.report.SnapshotDiffReport;
import dev.eksatlas.ui.common.ImmediateTaskRunner;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HistoryViewModelTest {
    private static final String PROD = "111122223333";
    private static final String DEV = "444455556666";
    private final Map<Long, AccountSnapshot> stored = new HashMap<>();
    private final Map<String, List<ScanRun>> runsByAccount = new HashMap<>();
    private HistoryViewModel viewModel;
    private ScanRun first;
    private ScanRun second;
    private ScanRun third;

    @BeforeEach
    void storeThreeScansOfProdAndOneOfDev() {
        Fleet before = new Fleet();
        Fleet.Account prod = before.account(PROD, "eu-west-1");
        prod.cluster("payments", "eu-west-1", "1.29", "eks.9");
        prod.role("app", Trust.policy(Trust.podIdentity()));
        prod.gap("us-east-1", "eks", "ListClusters", null);
        first = store(before.snapshots().getFirst(), 1, "2026-11-01T10:00:00Z");

        Fleet after = new Fleet();
        Fleet.Account prod2 = after.account(PROD, "eu-west-1", "us-east-1");
        prod2.cluster("payments", "eu-west-1", "1.30", "eks.3");
        prod2.cluster("search", "us-east-1", "1.30", "eks.3");
        prod2.role("app", Trust.policy(Trust.podIdentity(), Trust.ec2()));
        second = store(after.snapshots().getFirst(), 2, "2026-11-02T10:00:00Z");
        third = store(after.snapshots().getFirst(), 4, "2026-11-03T10:00:00Z");

        Fleet dev = new Fleet();
        dev.account(DEV, "eu-west-1");
        store(dev.snapshots().getFirst(), 3, "2026-11-02T11:00:00Z");

        List<AccountSnapshot> latest = List.of(stored.get(4L), stored.get(3L));
        InventoryModel inventory = new InventoryModel(new ImmediateTaskRunner(), () -> latest);
        viewModel = new HistoryViewModel(inventory, new ImmediateTaskRunner(),
                id -> List.copyOf(runsByAccount.getOrDefault(id, List.of())), id -> Optional.ofNullable(stored.get(id)),
                new Messages(Locale.ENGLISH));
        inventory.reload();
    }

    private ScanRun store(AccountSnapshot snapshot, long id, String finished) {
        Instant at = Instant.parse(finished);
        ScanRun run = new ScanRun(id, snapshot.accountId(), "test", snapshot.regions(), at.minusSeconds(30), at, snapshot.status(),
                SnapshotCounts.of(snapshot, 10));
        AccountSnapshot withTimes = new AccountSnapshot(snapshot.account(), "test", snapshot.regions(), at.minusSeconds(30), at,
                snapshot.clusters(), snapshot.oidcProviders(), snapshot.roles(), snapshot.associations(), snapshot.addons(),
                snapshot.fargateProfiles(), snapshot.staleTokens(), snapshot.coverageGaps(), 10, run);
        stored.put(id, withTimes);
        runsByAccount.computeIfAbsent(snapshot.accountId(), k -> new ArrayList<>()).add(run);
        return run;
    }

    @Test
    void listsTheAccountsAndTheFirstOnesScansNewestFirst() {
        assertThat(viewModel.accounts()).containsExactly(PROD, DEV);
        assertThat(viewModel.accountProperty().get()).isEqualTo(PROD);
        assertThat(viewModel.runsProperty().get()).containsExactly(third, second, first);
        assertThat(viewModel.accountLabel(PROD)).isEqualTo(PROD + " (acct-" + PROD + ")");
    }

    @Test
    void offersTheNewestScanAgainstTheOneBeforeIt() {
        assertThat(viewModel.selectedRunProperty().get()).isEqualTo(third);
        assertThat(viewModel.fromProperty().get()).isEqualTo(second);
        assertThat(viewModel.toProperty().get()).isEqualTo(third);
        assertThat(viewModel.canCompareProperty().get()).isTrue();
    }

    @Test
    void showsTheCoverageGapsOfTheSelectedScan() {
        assertThat(viewModel.gapsProperty().get()).isEmpty();

        viewModel.selectedRunProperty().set(first);

        assertThat(viewModel.gapsProperty().get()).extracting(g -> g.row().operation()).containsExactly("ListClusters");
        assertThat(viewModel.gapsSummaryProperty().get()).startsWith("Coverage gaps of the scan of ").endsWith(": 1");
    }

    @Test
    void comparesTwoChosenScansOlderFirstWhicheverWayTheyWerePicked() {
        viewModel.fromProperty().set(third);
        viewModel.toProperty().set(first);

        viewModel.compare();

        List<SnapshotDiffReport.Row> rows = viewModel.changesProperty().get();
        assertThat(rows).extracting(SnapshotDiffReport.Row::change, SnapshotDiffReport.Row::resourceType, SnapshotDiffReport.Row::resource)
                .containsExactly(
                        tuple(ChangeKind.CHANGED, "cluster", "arn:aws:eks:eu-west-1:" + PROD + ":cluster/payments"),
                        tuple(ChangeKind.ADDED, "cluster", "arn:aws:eks:us-east-1:" + PROD + ":cluster/search"),
                        tuple(ChangeKind.CHANGED, "role", "arn:aws:iam::" + PROD + ":role/app"));
        assertThat(rows.getFirst().details()).contains("version: 1.29 -> 1.30");
        assertThat(rows.getFirst().from()).isEqualTo(first.finishedAt());
        assertThat(viewModel.diffSummaryProperty().get()).startsWith("From ").endsWith(": 1 added, 0 removed, 2 changed");
    }

    @Test
    void twoScansWithTheSameContentShowNoChange() {
        viewModel.compare();

        assertThat(viewModel.changesProperty().get()).isEmpty();
        assertThat(viewModel.diffSummaryProperty().get()).endsWith(": 0 added, 0 removed, 0 changed");
    }

    @Test
    void aScanCannotBeComparedWithItself() {
        viewModel.fromProperty().set(second);
        viewModel.toProperty().set(second);

        assertThat(viewModel.canCompareProperty().get()).isFalse();
        viewModel.compare();
        assertThat(viewModel.diffSummaryProperty().get()).isEmpty();
    }

    @Test
    void aScanNoLongerStoredGivesAPlainErrorWithTheFix() {
        stored.remove(first.id());
        viewModel.fromProperty().set(first);

        viewModel.compare();

        assertThat(viewModel.errorProperty().get().summary()).isEqualTo("The stored scan could not be read");
        assertThat(viewModel.errorProperty().get().fix()).contains("Try again");
        assertThat(viewModel.errorProperty().get().details()).contains("snapshot 1 is no longer stored");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void choosingAnotherAccountShowsItsScansAndClearsTheComparison() {
        viewModel.compare();

        viewModel.accountProperty().set(DEV);

        assertThat(viewModel.runsProperty().get()).extracting(ScanRun::id).containsExactly(3L);
        assertThat(viewModel.fromProperty().get()).isNull();
        assertThat(viewModel.canCompareProperty().get()).isFalse();
        assertThat(viewModel.diffSummaryProperty().get()).isEmpty();
    }
}
