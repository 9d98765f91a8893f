package dev.eksatlas.ui.common;

import dev.eksatlas.analysis.FleetAnalysis;
import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.analysis.tokens.TokenReadiness;
import dev.eksatlas.analysis.tokens.TokenReadinessAnalyzer;
import dev.eksatlas.domain.AccountSnapshot;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.BooleanProperty;

/**
 * What every screen shows: the latest snapshot of each account and its analysis, loaded in the
 * background and replaced as a whole (the only shared mutable state of the UI). Screens listen to
 * {@link #currentProperty()}; a finished scan calls {@link #reload()}.
 */
public final class InventoryModel {
    /** One consistent view of the inventory: the snapshots and what is analysed from them, off the FX thread. */
    public record Loaded(List<AccountSnapshot> snapshots, FleetAnalysis analysis, TokenReadiness tokens) {
        public Loaded {
            snapshots = List.copyOf(snapshots);
        }

        public Loaded(List<AccountSnapshot> snapshots, FleetAnalysis analysis) {
            this(snapshots, analysis, new TokenReadinessAnalyzer().analyze(snapshots));
        }

        /** Reads the snapshots' analyses: call it off the FX thread. */
        public static Loaded of(List<AccountSnapshot> snapshots) {
            return new Loaded(snapshots, FleetAnalyzer.analyze(snapshots));
        }

        public static Loaded empty() {
            return of(List.of());
        }

        public boolean isEmpty() {
            return snapshots.isEmpty();
        }
    }

    private final TaskRunner runner;
    private final Supplier<List<AccountSnapshot>> latest;
    private final ObjectProperty<Loaded> current = new SimpleObjectProperty<>(Loaded.empty());
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty loadedOnce = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public InventoryModel(TaskRunner runner, Supplier<List<AccountSnapshot>> latest) {
        this.runner = runner;
        this.latest = latest;
    }

    /** Re-reads the latest snapshots and analyses them, off the FX thread. */
    public void reload() {
        loading.set(true);
        runner.run("read and analyse the inventory", progress -> {
            return Loaded.of(latest.get());
        }, loaded -> {
            current.set(loaded);
            error.set("");
            loading.set(false);
            loadedOnce.set(true);
        }, failure -> {
            error.set(String.valueOf(failure.getMessage()));
            loading.set(false);
            loadedOnce.set(true);
        });
    }

    public ReadOnlyObjectProperty<Loaded> currentProperty() {
        return current;
    }

    public Loaded current() {
        return current.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** True once the first load finished (successfully or not): before that, "empty" means "not read yet". */
    public ReadOnlyBooleanProperty loadedOnceProperty() {
        return loadedOnce;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
