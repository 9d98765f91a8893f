package dev.eksatlas.ui.tokens;

import dev.eksatlas.analysis.tokens.TokenAge;
import dev.eksatlas.analysis.tokens.TokenCheckState;
import dev.eksatlas.analysis.tokens.TokenReadiness;
import dev.eksatlas.analysis.tokens.TokenRefreshMinimums;
import dev.eksatlas.report.ClusterScope;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.report.StaleTokenReport;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The fleet-wide service-account token screen: every service account seen with a stale token,
 * soonest refusal first, then one row per cluster that has none saying why (checked, not checked,
 * no audit log, failed); a line counting the clusters by check; and the guide's minimum versions.
 */
public final class TokensViewModel {
    private final StaleTokenReport report = new StaleTokenReport();
    private final Messages messages;
    private final ReadOnlyObjectWrapper<List<StaleTokenReport.Row>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public TokensViewModel(InventoryModel inventory, Messages messages) {
        this.messages = messages;
        inventory.currentProperty().addListener((obs, old, loaded) -> show(loaded));
        show(inventory.current());
    }

    private void show(InventoryModel.Loaded loaded) {
        TokenReadiness r = loaded.tokens();
        long urgent = r.serviceAccounts().stream().filter(s -> s.age() != TokenAge.AGEING).count();
        summary.set(messages.get("tokens.summary", r.clusters().size(), r.count(TokenCheckState.CHECKED),
                r.count(TokenCheckState.NOT_CHECKED), r.count(TokenCheckState.AUDIT_LOGGING_OFF) + r.count(TokenCheckState.NO_LOG_GROUP),
                r.count(TokenCheckState.FAILED), r.serviceAccounts().size(), urgent));
        rows.set(report.rows(r, ClusterScope.all()).sorted(definition().order()).toList());
    }

    public ReportDefinition<StaleTokenReport.Row> definition() {
        return report.definition();
    }

    public ReadOnlyObjectProperty<List<StaleTokenReport.Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The guide's client-library table, as (language, minimum) pairs. */
    public List<TokenRefreshMinimums.ClientMinimum> clients() {
        return TokenRefreshMinimums.CLIENTS;
    }

    /** The guide's component table; kube-proxy's "current" shown in words. */
    public List<TokenRefreshMinimums.ComponentMinimum> components() {
        return TokenRefreshMinimums.COMPONENTS;
    }

    public String minimumText(String minimum) {
        return TokenRefreshMinimums.CURRENT.equals(minimum) ? messages.get("tokens.current") : minimum;
    }
}
