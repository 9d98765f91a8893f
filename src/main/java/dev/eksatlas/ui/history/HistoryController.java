package dev.eksatlas.ui.history;

import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.ui.common.ErrorDialog;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.ReportTable;
import dev.eksatlas.ui.common.TableExporter;
import java.util.List;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the scan history screen to its view model. */
public final class HistoryController {
    private final HistoryViewModel viewModel;
    private final Messages messages;
    private final TableExporter exporter;

    @FXML private Label accountLabel;
    @FXML private Label fromLabel;
    @FXML private Label toLabel;
    @FXML private ChoiceBox<String> accountChoice;
    @FXML private VBox runsPane;
    @FXML private VBox gapsPane;
    @FXML private VBox changesPane;
    @FXML private Label gapsSummary;
    @FXML private ChoiceBox<ScanRun> fromChoice;
    @FXML private ChoiceBox<ScanRun> toChoice;
    @FXML private Button compareButton;
    @FXML private Label diffSummary;

    public HistoryController(HistoryViewModel viewModel, Messages messages, TableExporter exporter) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.exporter = exporter;
    }

    @FXML
    private void initialize() {
        accountLabel.setLabelFor(accountChoice);
        fromLabel.setLabelFor(fromChoice);
        toLabel.setLabelFor(toChoice);
        accountChoice.setItems(viewModel.accounts());
        accountChoice.setConverter(converter(viewModel::accountLabel));
        accountChoice.valueProperty().bindBidirectional(viewModel.accountProperty());
        ReportTable<ScanRun> runs = table(viewModel.runsDefinition(), "runsTable", runsPane, "account_id", "profile", "started_at", "regions",
                "api_calls");
        runs.bindRows(viewModel.runsProperty());
        runs.bindSelection(viewModel.selectedRunProperty());
        gapsSummary.textProperty().bind(viewModel.gapsSummaryProperty());
        table(viewModel.gapsDefinition(), "gapsTable", gapsPane, "account_id", "profile", "scan_time").bindRows(viewModel.gapsProperty());
        for (ChoiceBox<ScanRun> choice : List.of(fromChoice, toChoice)) {
            choice.setConverter(converter(viewModel::label));
            viewModel.runsProperty().addListener((obs, old, list) -> choice.getItems().setAll(list));
            choice.getItems().setAll(viewModel.runsProperty().get());
        }
        fromChoice.valueProperty().bindBidirectional(viewModel.fromProperty());
        toChoice.valueProperty().bindBidirectional(viewModel.toProperty());
        compareButton.disableProperty().bind(viewModel.canCompareProperty().not());
        compareButton.setOnAction(e -> viewModel.compare());
        diffSummary.textProperty().bind(viewModel.diffSummaryProperty());
        table(viewModel.changesDefinition(), "changesTable", changesPane, "account_id", "from_scan", "to_scan")
                .bindRows(viewModel.changesProperty());
        viewModel.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                ErrorDialog.show(accountChoice.getScene() == null ? null : accountChoice.getScene().getWindow(), messages, error);
            }
        });
    }

    private <R> ReportTable<R> table(ReportDefinition<R> definition, String id, VBox pane, String... hidden) {
        ReportTable<R> table = new ReportTable<>(definition, messages, exporter::export);
        table.setId(id);
        table.hideColumns(hidden);
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.getChildren().add(table);
        return table;
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }
}
