package dev.eksatlas.ui.overview;

import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.ui.common.CoverageBanner;
import dev.eksatlas.ui.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Binds the overview to its view model. */
public final class OverviewController {
    private final OverviewViewModel viewModel;
    private final Messages messages;
    private final CoverageBanner coverageBanner;

    @FXML private VBox accountsPane;
    @FXML private TableView<ScanRun> accountsTable;
    @FXML private TableColumn<ScanRun, String> accountColumn;
    @FXML private TableColumn<ScanRun, String> profileColumn;
    @FXML private TableColumn<ScanRun, String> scannedColumn;
    @FXML private TableColumn<ScanRun, String> statusColumn;
    @FXML private TableColumn<ScanRun, Integer> clustersColumn;
    @FXML private TableColumn<ScanRun, Integer> rolesColumn;
    @FXML private TableColumn<ScanRun, Integer> associationsColumn;
    @FXML private TableColumn<ScanRun, Integer> gapsColumn;

    /** @param coverageBanner the gaps of the loaded snapshots, shown above the accounts */
    public OverviewController(OverviewViewModel viewModel, Messages messages, CoverageBanner coverageBanner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.coverageBanner = coverageBanner;
    }

    @FXML
    private void initialize() {
        accountsPane.getChildren().addFirst(coverageBanner);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        bind(accountColumn, ScanRun::accountId);
        bind(profileColumn, ScanRun::profile);
        bind(scannedColumn, r -> when.format(r.finishedAt()));
        bind(statusColumn, r -> messages.get("accounts.status." + r.status().name()));
        bind(clustersColumn, r -> r.counts().clusters());
        bind(rolesColumn, r -> r.counts().roles());
        bind(associationsColumn, r -> r.counts().associations());
        bind(gapsColumn, r -> r.counts().coverageGaps());
        accountsTable.setItems(viewModel.accounts());
    }

    private static <T> void bind(TableColumn<ScanRun, T> column, Function<ScanRun, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
