package dev.eksatlas.ui.providers;

import dev.eksatlas.analysis.linkage.ProviderStatus;
import dev.eksatlas.report.AnalysedFleet;
import dev.eksatlas.report.ClusterScope;
import dev.eksatlas.report.OidcProviderReport;
import dev.eksatlas.report.ReportDefinition;
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

    private final ReportDefinition<OidcProviderReport.Row> definition = OidcProviderReport.analysedDefinition();
    private final Messages messages;
    private final ReadOnlyObjectWrapper<List<OidcProviderReport.Row>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public ProvidersViewModel(InventoryModel inventory, Messages messages) {
        this.messages = messages;
        inventory.currentProperty().addListener((obs, old, loaded) -> show(loaded));
        show(inventory.current());
    }

    private void show(InventoryModel.Loaded loaded) {
        List<OidcProviderReport.Row> all = OidcProviderReport.rows(AnalysedFleet.of(loaded.snapshots(), loaded.analysis()), ClusterScope.all())
                .sorted(definition.order()).toList();
        Map<ProviderStatus, Long> byStatus = new EnumMap<>(ProviderStatus.class);
        all.forEach(r -> byStatus.merge(r.summary().status(), 1L, Long::sum));
        long busiest = all.stream().collect(Collectors.groupingBy(r -> r.provider().accountId(), Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElse(0);
        summary.set(messages.get("providers.summary", all.size(), count(byStatus, ProviderStatus.LINKED),
                count(byStatus, ProviderStatus.ORPHANED), count(byStatus, ProviderStatus.UNCERTAIN),
                count(byStatus, ProviderStatus.NOT_EKS), busiest, PROVIDER_QUOTA));
        rows.set(all);
    }

    private static long count(Map<ProviderStatus, Long> byStatus, ProviderStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public ReportDefinition<OidcProviderReport.Row> definition() {
        return definition;
    }

    public ReadOnlyObjectProperty<List<OidcProviderReport.Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
