package dev.eksatlas.ui.findings;

import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.report.AnalysedFleet;
import dev.eksatlas.report.FindingReport;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.ui.common.FindingTexts;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The findings screen: every finding of the analysis (the {@code findings} report), narrowed by
 * severity, code and account, and the selected finding's evidence and remediation.
 */
public final class FindingsViewModel {
    private final ReportDefinition<FindingReport.Row> definition = FindingReport.definition();
    private final Messages messages;
    private final FindingTexts texts;
    private final ObservableList<Choice<Severity>> severities = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> codes = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Severity>> severity = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> code = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> account = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<FindingReport.Row>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<FindingReport.Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<FindingDetail> detail = new ReadOnlyObjectWrapper<>();
    private List<FindingReport.Row> all = List.of();

    public FindingsViewModel(InventoryModel inventory, Messages messages) {
        this.messages = messages;
        this.texts = new FindingTexts(messages);
        severities.add(new Choice<>(null, messages.get("findings.filter.allSeverities")));
        for (Severity s : Severity.values()) {
            severities.add(new Choice<>(s, messages.get("severity." + s.name())));
        }
        severity.set(severities.getFirst());
        severity.addListener((obs, old, choice) -> applyFilters());
        code.addListener((obs, old, choice) -> applyFilters());
        account.addListener((obs, old, choice) -> applyFilters());
        selected.addListener((obs, old, row) -> detail.set(row == null ? null : describe(row.finding())));
        inventory.currentProperty().addListener((obs, old, loaded) -> show(loaded));
        show(inventory.current());
    }

    private void show(InventoryModel.Loaded loaded) {
        AnalysedFleet fleet = AnalysedFleet.of(loaded.snapshots(), loaded.analysis());
        all = FindingReport.rows(loaded.analysis().findings(), fleet::provenanceOf).stream().sorted(definition.order()).toList();
        codes.setAll(choices("findings.filter.allCodes", all.stream().map(r -> r.finding().codeId()).distinct().sorted().toList(),
                Function.identity()));
        Map<String, String> aliases = loaded.snapshots().stream().filter(s -> s.account().alias() != null)
                .collect(Collectors.toMap(AccountSnapshot::accountId, s -> s.account().alias(), (a, b) -> a));
        accounts.setAll(choices("findings.filter.allAccounts", all.stream().map(r -> r.finding().accountId()).distinct().sorted().toList(),
                id -> aliases.containsKey(id) ? messages.get("findings.filter.account", id, aliases.get(id)) : id));
        code.set(keep(codes, code.get()));
        account.set(keep(accounts, account.get()));
        applyFilters();
    }

    private <T> List<Choice<T>> choices(String allKey, List<T> values, Function<T, String> label) {
        List<Choice<T>> out = new ArrayList<>();
        out.add(new Choice<>(null, messages.get(allKey)));
        values.forEach(v -> out.add(new Choice<>(v, label.apply(v))));
        return out;
    }

    /** The same filter value after a reload when it still exists, else "all". */
    private static <T> Choice<T> keep(List<Choice<T>> choices, Choice<T> current) {
        return choices.stream().filter(c -> current != null && Objects.equals(c.value(), current.value())).findFirst()
                .orElse(choices.getFirst());
    }

    private void applyFilters() {
        FindingReport.Row was = selected.get();
        List<FindingReport.Row> kept = all.stream().filter(r -> accepts(severity, r.finding().severity()) && accepts(code, r.finding().codeId())
                && accepts(account, r.finding().accountId())).toList();
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        kept.forEach(r -> bySeverity.merge(r.finding().severity(), 1L, Long::sum));
        summary.set(messages.get("findings.summary", kept.size(), all.size(), bySeverity.getOrDefault(Severity.HIGH, 0L),
                bySeverity.getOrDefault(Severity.MEDIUM, 0L), bySeverity.getOrDefault(Severity.LOW, 0L),
                bySeverity.getOrDefault(Severity.INFO, 0L)));
        rows.set(kept);
        selected.set(was == null ? null : kept.stream().filter(r -> r.finding().equals(was.finding())).findFirst().orElse(null));
    }

    private static <T> boolean accepts(ObjectProperty<Choice<T>> filter, T value) {
        return filter.get() == null || filter.get().accepts(value);
    }

    private FindingDetail describe(Finding f) {
        String place = messages.get("findings.place", f.accountId(), f.region(),
                f.cluster() == null ? messages.get("findings.place.noCluster") : f.cluster(),
                f.resourceArn() == null ? "" : f.resourceArn());
        return new FindingDetail(messages.get("severity." + f.severity().name()), f.severity().name().toLowerCase(Locale.ROOT), texts.title(f),
                f.codeId(), texts.message(f), place, f.evidence() == null ? "" : f.evidence(), texts.remediation(f));
    }

    /** Titles, messages and remediations in the user's language, for the table too. */
    public FindingTexts texts() {
        return texts;
    }

    /** Shows every finding again. */
    public void clearFilters() {
        severity.set(severities.getFirst());
        code.set(codes.getFirst());
        account.set(accounts.getFirst());
    }

    public ReportDefinition<FindingReport.Row> definition() {
        return definition;
    }

    public ObservableList<Choice<Severity>> severities() {
        return severities;
    }

    public ObservableList<Choice<String>> codes() {
        return codes;
    }

    public ObservableList<Choice<String>> accounts() {
        return accounts;
    }

    public ObjectProperty<Choice<Severity>> severityProperty() {
        return severity;
    }

    public ObjectProperty<Choice<String>> codeProperty() {
        return code;
    }

    public ObjectProperty<Choice<String>> accountProperty() {
        return account;
    }

    public ReadOnlyObjectProperty<List<FindingReport.Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<FindingReport.Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<FindingDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
