package dev.eksatlas.ui.scan;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.ui.common.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** When each account was last scanned (newest first), and a one-line summary for the chosen profile. */
public final class LastScanned {
    private final Messages messages;
    private final ReadOnlyObjectProperty<ProfileChoice> selected;
    private final DateTimeFormatter when;
    private final ObservableList<String> accounts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Map<String, Instant> finished = Map.of();

    LastScanned(Messages messages, ReadOnlyObjectProperty<ProfileChoice> selected) {
        this.messages = messages;
        this.selected = selected;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        selected.addListener((obs, old, choice) -> summarise());
    }

    void inventoryChanged(List<AccountSnapshot> snapshots) {
        Map<String, Instant> times = new HashMap<>();
        snapshots.stream().filter(s -> s.finishedAt() != null).forEach(s -> times.put(s.accountId(), s.finishedAt()));
        finished = times;
        accounts.setAll(snapshots.stream().filter(s -> s.finishedAt() != null)
                .sorted(Comparator.comparing(AccountSnapshot::finishedAt).reversed())
                .map(s -> messages.get("scan.lastScanned.line", name(s), when.format(s.finishedAt()),
                        Objects.requireNonNullElse(s.profile(), "")))
                .toList());
        summarise();
    }

    private void summarise() {
        ProfileChoice choice = selected.get();
        Instant latest = choice == null ? null : choice.lastAccounts().stream().map(finished::get).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        summary.set(latest == null ? messages.get("scan.lastScanned.never") : messages.get("scan.lastScanned", when.format(latest)));
    }

    private static String name(AccountSnapshot s) {
        String alias = s.account().alias();
        return alias == null || alias.isBlank() ? s.accountId() : alias + " (" + s.accountId() + ")";
    }

    /** One line per account in the inventory, newest scan first. */
    public ObservableList<String> accounts() {
        return accounts;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
