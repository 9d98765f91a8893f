package dev.eksatlas.ui.tokens;

import dev.eksatlas.report.StaleTokenReport;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.ReportTable;
import dev.eksatlas.ui.common.TableExporter;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The cluster detail's "Service account tokens" section, bound to a {@link ClusterTokensViewModel}. */
public final class ClusterTokensSection extends VBox {

    public ClusterTokensSection(ClusterTokensViewModel viewModel, Messages messages, TableExporter exporter) {
        super(6);
        setId("tokensSection");
        Label state = new Label();
        state.setId("tokenState");
        state.setWrapText(true);
        state.setMinHeight(USE_PREF_SIZE);
        state.textProperty().bind(viewModel.stateProperty());
        ReportTable<StaleTokenReport.Row> table = new ReportTable<>(new StaleTokenReport().definition(), messages, exporter::export)
                .hideColumns("account_id", "profile", "scan_time", "region", "cluster", "check", "subject", "addons_below_minimum",
                        "window_start", "window_end", "bytes_scanned");
        table.setId("tokensTable");
        table.setPrefHeight(220);
        table.setMinHeight(160);
        table.setRows(viewModel.rows());
        viewModel.rows().addListener((ListChangeListener<StaleTokenReport.Row>) c -> table.setRows(viewModel.rows()));
        VBox addons = new VBox(2);
        addons.setId("tokenAddons");
        viewModel.addons().subscribe(() -> addons.getChildren().setAll(viewModel.addons().stream().map(text -> {
            Label l = new Label("\u2022 " + text);
            l.setWrapText(true);
            return l;
        }).toList()));
        getChildren().setAll(state, table, addons);
    }
}
