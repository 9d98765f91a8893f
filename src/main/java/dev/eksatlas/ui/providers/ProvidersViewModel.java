package dev.eksatlas.ui.providers;

import dev.eksatlas.analysis.linkage.ProviderStatus;
import dev.eksatlas.analysis.linkage.ProviderSummary;
import dev.eksatlas.report.AnalysedReport;
import dev.eksatlas.report.OidcProviderReport;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.report.Sourced;
import dev.eksatlas.ui.common.CoverageNotice;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The OIDC providers screen: a row per IAM OIDC provider (the {@code oidc-providers} report) with
 * its linked cluster or orphan status, and a line counting each status and the busiest account
 * against IAM's default quota of 100 providers.
 */
public final class ProvidersViewModel {
    /** IAM's default quota of OIDC providers per account. */
    static final int PROVIDER_QUOTA = 100;

    private final AnalysedReport<ProviderSummary> report = OidcProviderReport.report();
    private final Messages messages;
    private final CoverageNotice coverage;
    private final ReadOnlyObjectWrapper<List<Sourced<ProviderSummary>>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public ProvidersViewModel(InventoryModel inventory, Messages messages) {
        this.messages = messages;
        this.coverage = new CoverageNotice(inventory, messages);
        inventory.currentProperty().addListener((obs, old, loaded) -> show(loaded));
        show(inventory.current());
    }

    private void show(InventoryModel.Loaded loaded) {
        List<Sourced<ProviderSummary>> all = report.rows(loaded.snapshots(), loaded.analysis())
                .sorted(report.definition().order()).toList();
        Map<ProviderStatus, Long> byStatus = new EnumMap<>(ProviderStatus.class);
        all.forEach(r -> byStatus.merge(r.row().status(), 1L, Long::sum));
        long busiest = all.stream().collect(Collectors.groupingBy(r -> r.row().provider().accountId(), Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElse(0);
        summary.set(messages.get("providers.summary", all.size(), count(byStatus, ProviderStatus.LINKED),
                count(byStatus, ProviderStatus.ORPHANED), count(byStatus, ProviderStatus.UNCERTAIN),
                count(byStatus, ProviderStatus.NOT_EKS), busiest, PROVIDER_QUOTA));
        rows.set(all);
    }

    private static long count(Map<ProviderStatus, Long> byStatus, ProviderStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public ReportDefinition<Sourced<ProviderSummary>> definition() {
        return report.definition();
    }

    public ReadOnlyObjectProperty<List<Sourced<ProviderSummary>>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public CoverageNotice coverage() {
        return coverage;
    }
}
