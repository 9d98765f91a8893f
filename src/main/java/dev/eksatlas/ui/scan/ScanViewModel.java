package dev.eksatlas.ui.scan;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.scan.CancelSignal;
import dev.eksatlas.scan.ScanCancelledException;
import dev.eksatlas.scan.ScanReport;
import dev.eksatlas.scan.ScanOptions;
import dev.eksatlas.settings.AppSettings;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.RunningTask;
import dev.eksatlas.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The toolbar's scan workflow: the profile switcher, the regions, Scan with progress and status,
 * a Cancel that stops the scan within a second (nothing more is written), the problems of the
 * last scan in plain words, and when each account was last scanned.
 */
public final class ScanViewModel {
    static final String REGIONS_KEY = "scan.regions";
    static final String ALL_REGIONS_KEY = "scan.allRegions";

    private final ScanBackend backend;
    private final InventoryModel inventory;
    private final TaskRunner runner;
    private final Messages messages;
    private final ProfileSwitcher profiles;
    private final ScanProblems problemText;
    private final LastScanned lastScanned;
    private final StringProperty regionsText = new SimpleStringProperty("");
    private final BooleanProperty allRegions = new SimpleBooleanProperty();
    private final StaleTokenSwitch staleTokens;
    private final BooleanProperty scanning = new SimpleBooleanProperty();
    private final BooleanProperty cancelling = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<ScanProblem> problems = FXCollections.observableArrayList();
    private final StringBinding regionsError;
    private final StringBinding regionsPrompt;
    private final BooleanBinding canScan;
    private AtomicBoolean cancelRequested = new AtomicBoolean();

    public ScanViewModel(ScanBackend backend, InventoryModel inventory, TaskRunner runner, AppSettings settings,
            Messages messages, String logFolder) {
        this.backend = backend;
        this.inventory = inventory;
        this.runner = runner;
        this.messages = messages;
        this.profiles = new ProfileSwitcher(backend, runner, settings, messages);
        this.problemText = new ScanProblems(messages, logFolder);
        this.lastScanned = new LastScanned(messages, profiles.selectedProperty());
        this.staleTokens = new StaleTokenSwitch(settings);
        regionsText.set(settings.get(REGIONS_KEY).orElse(""));
        allRegions.set(settings.getBoolean(ALL_REGIONS_KEY, false));
        regionsText.addListener((obs, old, text) -> settings.put(REGIONS_KEY, text));
        allRegions.addListener((obs, old, all) -> settings.put(ALL_REGIONS_KEY, all));
        regionsError = Bindings.createStringBinding(() -> {
            RegionInput input = RegionInput.parse(regionsText.get(), allRegions.get());
            return input.valid() ? "" : messages.get("scan.regions.invalid", input.invalid());
        }, regionsText, allRegions);
        regionsPrompt = Bindings.createStringBinding(() -> prompt(profiles.selected()), profiles.selectedProperty());
        canScan = scanning.not().and(profiles.selectedProperty().isNotNull()).and(regionsError.isEmpty());
        inventory.currentProperty().addListener((obs, old, loaded) -> inventoryChanged(loaded.snapshots()));
        inventoryChanged(inventory.current().snapshots());
    }

    /** Reads the AWS profiles; call once the window is up. */
    public void start() {
        profiles.load();
    }

    private void inventoryChanged(List<AccountSnapshot> snapshots) {
        profiles.inventoryChanged(snapshots);
        lastScanned.inventoryChanged(snapshots);
    }

    private String prompt(ProfileChoice choice) {
        if (choice == null || choice.demo()) {
            return messages.get("scan.regions.prompt.demo");
        }
        return messages.get("scan.regions.prompt", choice.region() == null ? messages.get("scan.regions.unset") : choice.region());
    }

    /** Scans the chosen profile (or the whole demo fleet) in the chosen regions. */
    public void scan() {
        ProfileChoice choice = profiles.selected();
        RegionInput regions = RegionInput.parse(regionsText.get(), allRegions.get());
        ScanOptions options = staleTokens.options();
        if (!canScan.get() || choice == null || !regions.valid()) {
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        problems.clear();
        scanning.set(true);
        cancelling.set(false);
        progress.set(0);
        status.set(messages.get("scan.status.starting", profiles.displayName(choice)));
        RunningTask task = runner.run("scan " + choice.name(), p -> {
            p.update(0, 1, messages.get("scan.status.starting", profiles.displayName(choice)));
            ScanTarget target = choice.demo() ? backend.demo() : backend.profile(choice.name());
            // Cancel asks through our own flag rather than Task.cancel(): a cancelled Task reports its end at
            // once, while the scan is still stopping; this way the Scan button comes back when it has stopped.
            CancelSignal signal = () -> cancel.get() || p.isCancelled();
            try {
                return Optional.of(backend.scan(target, regions.choice().orElse(target.defaultRegions()), options,
                        new ScanProgressReporter(p, messages), signal));
            } catch (ScanCancelledException e) {
                return Optional.<ScanReport>empty();
            }
        }, this::finished, this::failed);
        if (scanning.get()) { // not finished already (a same-thread runner calls back before it returns)
            progress.bind(task.progressProperty());
            status.bind(task.messageProperty());
        }
    }

    /** Stops the running scan: it stops within a second and writes nothing more. */
    public void cancel() {
        if (scanning.get()) {
            cancelRequested.set(true);
            cancelling.set(true);
        }
    }

    public void dismissProblems() {
        problems.clear();
    }

    /** @param outcome the scan's report, or empty when it was cancelled (a cancel is no failure) */
    private void finished(Optional<ScanReport> outcome) {
        if (outcome.isEmpty()) {
            ended(0);
            status.set(messages.get("scan.cancelled"));
            return;
        }
        ScanReport report = outcome.get();
        ended(1);
        report.failures().forEach(f -> problems.add(problemText.of(f)));
        int clusters = report.accounts().stream().mapToInt(a -> a.snapshot().clusters().size()).sum();
        String text = report.accounts().isEmpty() ? messages.get("scan.done.nothing")
                : messages.get("scan.done", report.accounts().size(), clusters, report.wallTime().toMillis() / 1000.0);
        if (report.hasCoverageGaps()) {
            text += " " + messages.get("scan.done.gaps");
        }
        if (!report.failures().isEmpty()) {
            text += " " + messages.get("scan.done.failures", report.failures().size());
        }
        status.set(text);
    }

    private void failed(Throwable failure) {
        ended(0);
        status.set(messages.get("scan.failed"));
        problems.add(problemText.unexpected(failure));
    }

    private void ended(double finalProgress) {
        progress.unbind();
        status.unbind();
        progress.set(finalProgress);
        scanning.set(false);
        cancelling.set(false);
        inventory.reload();
    }

    /** The off-by-default stale-token check (Logs Insights is billed per GB scanned). */
    public StaleTokenSwitch staleTokens() {
        return staleTokens;
    }

    public ProfileSwitcher profiles() {
        return profiles;
    }

    public LastScanned lastScanned() {
        return lastScanned;
    }

    public StringProperty regionsTextProperty() {
        return regionsText;
    }

    public BooleanProperty allRegionsProperty() {
        return allRegions;
    }

    public StringBinding regionsErrorProperty() {
        return regionsError;
    }

    public StringBinding regionsPromptProperty() {
        return regionsPrompt;
    }

    public BooleanBinding canScanProperty() {
        return canScan;
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning;
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObservableList<ScanProblem> problems() {
        return problems;
    }
}
