package dev.eksatlas.ui.scan;

import dev.eksatlas.scan.ScanOptions;
import dev.eksatlas.scan.WindowText;
import dev.eksatlas.settings.AppSettings;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scan's stale-token switch and its window. The switch starts off at every start of the app
 * and is not remembered: each query is billed (CloudWatch Logs Insights, per GB scanned), so it is
 * turned on deliberately for the scan at hand. The window is remembered ({@code scan.staleTokenWindow}).
 */
public final class StaleTokenSwitch {
    static final String WINDOW_KEY = "scan.staleTokenWindow";
    private static final List<String> WINDOWS = List.of("1d", "7d", "14d", "30d");

    private final BooleanProperty enabled = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> window = new SimpleObjectProperty<>();
    private final ObservableList<String> windows = FXCollections.observableArrayList(WINDOWS);

    public StaleTokenSwitch(AppSettings settings) {
        String stored = settings.get(WINDOW_KEY).orElse(WindowText.format(ScanOptions.DEFAULT_WINDOW));
        window.set(WINDOWS.contains(stored) ? stored : WindowText.format(ScanOptions.DEFAULT_WINDOW));
        window.addListener((obs, old, w) -> {
            if (w != null) {
                settings.put(WINDOW_KEY, w);
            }
        });
    }

    /** What the next scan reads: nothing from CloudWatch Logs unless the switch is on. */
    public ScanOptions options() {
        ScanOptions defaults = ScanOptions.defaults();
        return enabled.get() ? defaults.withStaleTokens(WindowText.parse(window.get())) : defaults;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObjectProperty<String> windowProperty() {
        return window;
    }

    public ObservableList<String> windows() {
        return windows;
    }
}
