package dev.eksatlas.ui.history;

import dev.eksatlas.analysis.history.ChangeKind;
import dev.eksatlas.analysis.history.SnapshotDiffer;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.report.ClusterScope;
import dev.eksatlas.report.CoverageReport;
import dev.eksatlas.report.Report;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.report.ScanRunReport;
import dev.eksatlas.report.SnapshotDiffReport;
import dev.eksatlas.report.Sourced;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.TaskRunner;
import dev.eksatlas.ui.common.UserError;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.function.LongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scan history of one account: its stored snapshots, the coverage gaps of the one selected,
 * and the difference between two chosen snapshots. Snapshots are read and compared on the task
 * runner; the stores are given as functions (the inventory's repository in the app).
 */
public final class HistoryViewModel {
    private final Report<Sourced<CoverageGap>> coverageReport = CoverageReport.report();
    private final SnapshotDiffer differ = new SnapshotDiffer();
    private final TaskRunner runner;
    private final Function<String, List<ScanRun>> runsOf;
    private final LongFunction<Optional<AccountSnapshot>> snapshotOf;
    private final Messages messages;
    private final DateTimeFormatter when;

    private final ObservableList<String> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<String> account = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<ScanRun>> runs = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<ScanRun> selectedRun = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<Sourced<CoverageGap>>> gaps = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper gapsSummary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ScanRun> from = new SimpleObjectProperty<>();
    private final ObjectProperty<ScanRun> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<SnapshotDiffReport.Row>> changes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper diffSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty pending = new SimpleIntegerProperty();
    private final BooleanBinding busy = pending.greaterThan(0);
    private final BooleanBinding canCompare;
    private Map<String, String> accountLabels = Map.of();

    public HistoryViewModel(InventoryModel inventory, TaskRunner runner, Function<String, List<ScanRun>> runsOf,
                            LongFunction<Optional<AccountSnapshot>> snapshotOf, Messages messages) {
        this.runner = runner;
        this.runsOf = runsOf;
        this.snapshotOf = snapshotOf;
        this.messages = messages;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        canCompare = Bindings.createBooleanBinding(() -> from.get() != null && to.get() != null && from.get().id() != to.get().id()
                && !busy.get(), from, to, busy);
        account.addListener((obs, old, id) -> loadRuns(id));
        selectedRun.addListener((obs, old, run) -> loadGaps(run));
        inventory.currentProperty().addListener((obs, old, loaded) -> showAccounts(loaded));
        showAccounts(inventory.current());
    }

    /** The inventory changed (a scan finished): list its accounts, and re-read the runs of the one shown. */
    private void showAccounts(InventoryModel.Loaded loaded) {
        accountLabels = loaded.snapshots().stream().collect(Collectors.toMap(AccountSnapshot::accountId,
                s -> s.account().alias() == null ? s.accountId() : messages.get("history.account.label", s.accountId(), s.account().alias()),
                (a, b) -> a));
        List<String> ids = accountLabels.keySet().stream().sorted().toList();
        String keep = account.get();
        accounts.setAll(ids);
        if (keep != null && ids.contains(keep)) {
            loadRuns(keep);
        } else {
            account.set(ids.isEmpty() ? null : ids.getFirst());
        }
    }

    private void loadRuns(String accountId) {
        clearComparison();
        if (accountId == null) {
            runs.set(List.of());
            selectedRun.set(null);
            return;
        }
        work("read the scans of " + accountId, () -> runsOf.apply(accountId), loaded -> {
            if (!accountId.equals(account.get())) {
                return;
            }
            List<ScanRun> newestFirst = loaded.stream().sorted(Comparator.comparing(ScanRun::id).reversed()).toList();
            runs.set(newestFirst);
            selectedRun.set(newestFirst.isEmpty() ? null : newestFirst.getFirst());
            from.set(newestFirst.size() > 1 ? newestFirst.get(1) : null);
            to.set(newestFirst.isEmpty() ? null : newestFirst.getFirst());
        });
    }

    private void loadGaps(ScanRun run) {
        gaps.set(List.of());
        gapsSummary.set("");
        if (run == null) {
            return;
        }
        work("read snapshot " + run.id(), () -> snapshot(run), snapshot -> {
            if (run.equals(selectedRun.get())) {
                gaps.set(coverageReport.rows(List.of(snapshot), ClusterScope.all()).toList());
                gapsSummary.set(messages.get("history.gaps.summary", when.format(run.finishedAt()), snapshot.coverageGaps().size()));
            }
        });
    }

    /** Compares the two chosen snapshots, the older one first whichever way they were picked. */
    public void compare() {
        if (!canCompare.get()) {
            return;
        }
        ScanRun older = from.get().id() < to.get().id() ? from.get() : to.get();
        ScanRun newer = older == from.get() ? to.get() : from.get();
        work("compare snapshots " + older.id() + " and " + newer.id(),
                () -> SnapshotDiffReport.rows(differ.diff(snapshot(older), snapshot(newer))), rows -> {
                    changes.set(rows);
                    diffSummary.set(messages.get("history.diff.summary", when.format(older.finishedAt()), when.format(newer.finishedAt()),
                            count(rows, ChangeKind.ADDED), count(rows, ChangeKind.REMOVED), count(rows, ChangeKind.CHANGED)));
                });
    }

    private void clearComparison() {
        changes.set(List.of());
        diffSummary.set("");
    }

    private AccountSnapshot snapshot(ScanRun run) {
        return snapshotOf.apply(run.id()).orElseThrow(() -> new IllegalStateException("snapshot " + run.id() + " is no longer stored"));
    }

    private <T> void work(String name, Callable<T> work, Consumer<T> onSuccess) {
        pending.set(pending.get() + 1);
        error.set(null);
        runner.run(name, progress -> work.call(), result -> {
            pending.set(pending.get() - 1);
            onSuccess.accept(result);
        }, failure -> {
            pending.set(pending.get() - 1);
            error.set(new UserError(messages.get("history.failed"), messages.get("history.failed.fix"), UserError.detailsOf(failure)));
        });
    }

    private static long count(List<SnapshotDiffReport.Row> rows, ChangeKind kind) {
        return rows.stream().filter(r -> r.change() == kind).count();
    }

    /** How an account is named in its choice box: its ID and alias. */
    public String accountLabel(String accountId) {
        return accountId == null ? "" : accountLabels.getOrDefault(accountId, accountId);
    }

    /** How a run is named in the choice boxes: its time, status and size. */
    public String label(ScanRun run) {
        return run == null ? "" : messages.get("history.run.label", when.format(run.finishedAt()),
                messages.get("accounts.status." + run.status().name()), run.counts().clusters(), run.counts().roles(), run.id());
    }

    public ReportDefinition<ScanRun> runsDefinition() {
        return ScanRunReport.definition();
    }

    public ReportDefinition<Sourced<CoverageGap>> gapsDefinition() {
        return coverageReport.definition();
    }

    public ReportDefinition<SnapshotDiffReport.Row> changesDefinition() {
        return SnapshotDiffReport.definition();
    }

    public ObservableList<String> accounts() {
        return accounts;
    }

    public ObjectProperty<String> accountProperty() {
        return account;
    }

    public ReadOnlyObjectProperty<List<ScanRun>> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    public ObjectProperty<ScanRun> selectedRunProperty() {
        return selectedRun;
    }

    public ReadOnlyObjectProperty<List<Sourced<CoverageGap>>> gapsProperty() {
        return gaps.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gapsSummaryProperty() {
        return gapsSummary.getReadOnlyProperty();
    }

    public ObjectProperty<ScanRun> fromProperty() {
        return from;
    }

    public ObjectProperty<ScanRun> toProperty() {
        return to;
    }

    public BooleanBinding canCompareProperty() {
        return canCompare;
    }

    public ReadOnlyObjectProperty<List<SnapshotDiffReport.Row>> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty diffSummaryProperty() {
        return diffSummary.getReadOnlyProperty();
    }

    /** What went wrong reading or comparing snapshots, or null. */
    public ReadOnlyObjectProperty<UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while snapshots are being read or compared. */
    public BooleanBinding busyProperty() {
        return busy;
    }
}
