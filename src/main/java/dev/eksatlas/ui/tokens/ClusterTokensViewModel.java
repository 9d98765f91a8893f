package dev.eksatlas.ui.tokens;

import dev.eksatlas.analysis.tokens.ClusterTokens;
import dev.eksatlas.analysis.tokens.TokenReadiness;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.report.StaleTokenReport;
import dev.eksatlas.ui.common.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Service account tokens" section of a cluster's detail: whether its audit log was checked
 * (or why not), its service accounts with stale tokens as the {@code stale-tokens} report's rows,
 * soonest refusal first, and its add-ons below the token-refresh minimums.
 */
public final class ClusterTokensViewModel {
    private final TokenTexts texts;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ObservableList<StaleTokenReport.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> addons = FXCollections.observableArrayList();

    public ClusterTokensViewModel(Messages messages) {
        this.texts = new TokenTexts(messages);
    }

    /** Shows {@code cluster} as found in the fleet's token analysis; a null cluster clears the section. */
    public void show(TokenReadiness readiness, EksCluster cluster) {
        ClusterTokens c = cluster == null ? null : readiness.cluster(cluster.accountId(), cluster.region(), cluster.name()).orElse(null);
        if (c == null) {
            state.set("");
            rows.clear();
            addons.clear();
            return;
        }
        state.set(texts.state(c));
        rows.setAll(StaleTokenReport.rows(c).stream().filter(r -> r.account() != null).toList());
        addons.setAll(texts.addons(c));
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<StaleTokenReport.Row> rows() {
        return rows;
    }

    public ObservableList<String> addons() {
        return addons;
    }
}
