package dev.eksatlas.ui.scan;

import dev.eksatlas.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the toolbar's scan controls to the {@link ScanViewModel}. */
public final class ScanControlsController {
    private final ScanViewModel viewModel;
    private final Messages messages;

    @FXML private ComboBox<ProfileChoice> profileChoice;
    @FXML private Button fileProblemsButton;
    @FXML private TextField regionsField;
    @FXML private CheckBox allRegionsCheck;
    @FXML private Button scanButton;
    @FXML private Button cancelButton;
    @FXML private Label profileDescription;
    @FXML private ProgressBar scanProgress;
    @FXML private Label scanStatus;
    @FXML private Label regionsError;
    @FXML private CheckBox staleTokensCheck;
    @FXML private ComboBox<String> staleTokenWindow;
    @FXML private Label staleTokenCost;
    @FXML private MenuButton lastScannedButton;
    @FXML private VBox problemsBox;
    @FXML private Button dismissProblemsButton;

    public ScanControlsController(ScanViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        ProfileSwitcher profiles = viewModel.profiles();
        BooleanExpression scanning = viewModel.scanningProperty();
        profileChoice.setItems(profiles.choices());
        profileChoice.valueProperty().bindBidirectional(profiles.selectedProperty());
        profileChoice.setCellFactory(list -> new ProfileChoiceCell(profiles, true));
        profileChoice.setButtonCell(new ProfileChoiceCell(profiles, false));
        profileChoice.disableProperty().bind(scanning);
        profileDescription.textProperty().bind(Bindings.createStringBinding(() -> profiles.describe(profiles.selected()),
                profiles.selectedProperty()));
        showWhen(profileDescription, scanning.not());
        fileProblemsButton.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("scan.fileProblems", profiles.fileProblems().size()), profiles.fileProblems()));
        showWhen(fileProblemsButton, Bindings.isNotEmpty(profiles.fileProblems()));
        regionsField.textProperty().bindBidirectional(viewModel.regionsTextProperty());
        regionsField.promptTextProperty().bind(viewModel.regionsPromptProperty());
        regionsField.disableProperty().bind(viewModel.allRegionsProperty().or(scanning));
        allRegionsCheck.selectedProperty().bindBidirectional(viewModel.allRegionsProperty());
        allRegionsCheck.disableProperty().bind(scanning);
        scanButton.disableProperty().bind(viewModel.canScanProperty().not());
        cancelButton.disableProperty().bind(scanning.not().or(viewModel.cancellingProperty()));
        scanProgress.progressProperty().bind(viewModel.progressProperty());
        showWhen(scanProgress, scanning);
        scanStatus.textProperty().bind(viewModel.statusProperty());
        scanStatus.setTooltip(new Tooltip());
        scanStatus.getTooltip().textProperty().bind(viewModel.statusProperty());
        regionsError.textProperty().bind(viewModel.regionsErrorProperty());
        StaleTokenSwitch tokens = viewModel.staleTokens();
        staleTokensCheck.selectedProperty().bindBidirectional(tokens.enabledProperty());
        staleTokensCheck.disableProperty().bind(scanning);
        staleTokensCheck.setTooltip(new Tooltip(messages.get("scan.staleTokens.tooltip")));
        staleTokensCheck.getTooltip().setWrapText(true);
        staleTokensCheck.getTooltip().setMaxWidth(420);
        staleTokenWindow.setItems(tokens.windows());
        staleTokenWindow.valueProperty().bindBidirectional(tokens.windowProperty());
        staleTokenWindow.disableProperty().bind(tokens.enabledProperty().not().or(scanning));
        staleTokenWindow.setTooltip(new Tooltip(messages.get("scan.staleTokens.window")));
        staleTokenCost.setTooltip(staleTokensCheck.getTooltip());
        showWhen(staleTokenCost, tokens.enabledProperty());
        lastScannedButton.textProperty().bind(viewModel.lastScanned().summaryProperty());
        viewModel.lastScanned().accounts().subscribe(this::showLastScanned);
        viewModel.problems().subscribe(this::showProblems);
        showLastScanned();
        showProblems();
        viewModel.start();
    }

    private static void showWhen(Node node, BooleanExpression condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @FXML
    private void scan() {
        viewModel.scan();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void dismissProblems() {
        viewModel.dismissProblems();
    }

    @FXML
    private void showFileProblems() {
        FileProblemsDialog.show(fileProblemsButton.getScene().getWindow(), viewModel.profiles().fileProblems(), messages,
                viewModel.profiles()::load);
    }

    private void showLastScanned() {
        lastScannedButton.getItems().setAll(viewModel.lastScanned().accounts().stream()
                .map(line -> new CustomMenuItem(new Label(line), false)).toList());
    }

    private void showProblems() {
        HBox dismissRow = (HBox) dismissProblemsButton.getParent();
        problemsBox.getChildren().setAll(viewModel.problems().stream().map(p -> new ScanProblemView(p, messages)).toList());
        problemsBox.getChildren().add(dismissRow);
        problemsBox.setVisible(!viewModel.problems().isEmpty());
        problemsBox.setManaged(!viewModel.problems().isEmpty());
    }
}
