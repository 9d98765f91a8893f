package dev.eksatlas.ui.tokens;

import dev.eksatlas.analysis.tokens.TokenRefreshMinimums.ClientMinimum;
import dev.eksatlas.analysis.tokens.TokenRefreshMinimums.ComponentMinimum;
import dev.eksatlas.report.StaleTokenReport;
import dev.eksatlas.ui.common.ReportScreen;
import dev.eksatlas.ui.common.ReportTable;
import java.util.List;
import java.util.Map;
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
    /** Starting widths that keep days left and the token status in view at 1000 pixels; the table scrolls sideways. */
    private static final Map<String, Double> WIDTHS = Map.of("account_id", 132.0, "cluster", 178.0, "check", 168.0,
            "days_left", 98.0, "token_status", 128.0, "namespace", 120.0, "service_account", 150.0, "remedy", 420.0);

    private final TokensViewModel viewModel;
    private final ReportScreen screen;

    @FXML private VBox tokensPane;
    @FXML private Label summaryLabel;
    @FXML private VBox tablePane;
    @FXML private HBox minimumsBox;

    public TokensController(TokensViewModel viewModel, ReportScreen screen) {
        this.viewModel = viewModel;
        this.screen = screen;
    }

    @FXML
    private void initialize() {
        screen.head(tokensPane, summaryLabel, viewModel.summaryProperty());
        ReportTable<StaleTokenReport.Row> table = screen.table(viewModel.definition())
                .hideColumns("profile", "scan_time", "region", "subject", "seen_at", "sightings", "window_start", "window_end", "bytes_scanned")
                .placeIn(tablePane, "staleTokensTable");
        table.bindRows(viewModel.rowsProperty());
        // After the table fitted its columns to the first rows (once), so the user's own resizing stays.
        viewModel.rowsProperty().subscribe(new java.util.function.Consumer<>() {
            private boolean narrowed;

            @Override
            public void accept(List<StaleTokenReport.Row> rows) {
                if (!narrowed && !rows.isEmpty()) {
                    narrowed = true;
                    table.tableView().getColumns().forEach(c -> c.setPrefWidth(WIDTHS.getOrDefault(c.getId(), c.getPrefWidth())));
                }
            }
        });
        TableView<ClientMinimum> clients = table("clientMinimums", viewModel.clients(),
                column("tokens.client.language", ClientMinimum::language, 110),
                column("tokens.client.minimum", c -> viewModel.minimumText(c.minimum()), 120));
        TableView<ComponentMinimum> components = table("componentMinimums", viewModel.components(),
                column("tokens.component.name", ComponentMinimum::component, 325),
                column("tokens.client.minimum", c -> viewModel.minimumText(c.minimum()), 120));
        minimumsBox.getChildren().setAll(section("tokens.clients.heading", clients), section("tokens.components.heading", components));
    }

    private VBox section(String headingKey, TableView<?> table) {
        Label heading = new Label(screen.messages().get(headingKey));
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
        table.setPrefHeight(24 * items.size() + 48);
        table.setMinHeight(table.getPrefHeight());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(screen.messages().get(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
