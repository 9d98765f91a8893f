package dev.eksatlas.ui.tokens;

import dev.eksatlas.analysis.tokens.TokenRefreshMinimums.ClientMinimum;
import dev.eksatlas.analysis.tokens.TokenRefreshMinimums.ComponentMinimum;
import dev.eksatlas.ui.common.CoverageBanner;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.ReportTable;
import dev.eksatlas.ui.common.TableExporter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the fleet-wide service-account token screen: summary, coverage banner, the stale-tokens table, the guide's minimums. */
public final class TokensController {
    private final TokensViewModel viewModel;
    private final Messages messages;
    private final TableExporter exporter;
    private final CoverageBanner coverageBanner;

    @FXML private VBox tokensPane;
    @FXML private Label summaryLabel;
    @FXML private VBox tablePane;
    @FXML private HBox minimumsBox;

    public TokensController(TokensViewModel viewModel, Messages messages, TableExporter exporter, CoverageBanner coverageBanner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.exporter = exporter;
        this.coverageBanner = coverageBanner;
    }

    @FXML
    private void initialize() {
        tokensPane.getChildren().add(1, coverageBanner);
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        new ReportTable<>(viewModel.definition(), messages, exporter::export)
                .hideColumns("profile", "scan_time", "window_start", "namespace", "service_account", "sightings")
                .placeIn(tablePane, "staleTokensTable")
                .bindRows(viewModel.rowsProperty());
        TableView<ClientMinimum> clients = table("clientMinimums", viewModel.clients(),
                column("tokens.client.language", ClientMinimum::language, 130),
                column("tokens.client.minimum", c -> viewModel.minimumText(c.minimum()), 130));
        TableView<ComponentMinimum> components = table("componentMinimums", viewModel.components(),
                column("tokens.component.name", ComponentMinimum::component, 290),
                column("tokens.client.minimum", c -> viewModel.minimumText(c.minimum()), 150));
        minimumsBox.getChildren().setAll(section("tokens.clients.heading", clients), section("tokens.components.heading", components));
    }

    private VBox section(String headingKey, TableView<?> table) {
        Label heading = new Label(messages.get(headingKey));
        heading.getStyleClass().add("subsection-heading");
        heading.setWrapText(true);
        heading.setMaxWidth(table.getPrefWidth());
        return new VBox(4, heading, table);
    }

    @SafeVarargs
    private static <T> TableView<T> table(String id, List<T> items, TableColumn<T, String>... columns) {
        TableView<T> table = new TableView<>(FXCollections.observableArrayList(items));
        table.setId(id);
        table.getColumns().setAll(columns);
        table.setPrefWidth(List.of(columns).stream().mapToDouble(TableColumn::getPrefWidth).sum() + 4);
        table.setFixedCellSize(24);
        table.setPrefHeight(24 * (items.size() + 1) + 8);
        table.setMinHeight(table.getPrefHeight());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
