package dev.eksatlas.ui.preferences;

import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.preferences.PreferencesViewModel.DatabaseKind;
import dev.eksatlas.ui.preferences.PreferencesViewModel.Language;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Preferences dialog: the language and the inventory database, applied on the next start. OK with Enter, Cancel with Escape. */
public final class PreferencesDialog {
    private PreferencesDialog() {
    }

    public static void show(Window owner, PreferencesViewModel viewModel, Messages messages) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("prefs.title"));
        dialog.setHeaderText(null);
        ToggleGroup group = new ToggleGroup();
        VBox options = new VBox(6);
        for (Language language : Language.values()) {
            RadioButton option = new RadioButton(messages.get("prefs.language." + language.name()));
            option.setId("language-" + language.setting());
            option.setUserData(language);
            option.setToggleGroup(group);
            option.setSelected(language == viewModel.languageProperty().get());
            options.getChildren().add(option);
        }
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                viewModel.languageProperty().set((Language) toggle.getUserData());
            }
        });
        Label heading = new Label(messages.get("prefs.language"));
        heading.getStyleClass().add("section-heading");
        Label note = new Label(messages.get("prefs.language.restart"));
        note.setWrapText(true);
        note.setMaxWidth(380);
        dialog.getDialogPane().setContent(new VBox(10, heading, options, note, databaseSection(viewModel, messages)));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.databaseProblem().isPresent(), viewModel.databaseProperty(), viewModel.serverUrlProperty()));
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.save());
    }

    /** The inventory database: the H2 file (default) or a PostgreSQL URL; the password is asked for at start-up, never stored. */
    private static VBox databaseSection(PreferencesViewModel viewModel, Messages messages) {
        Label heading = new Label(messages.get("prefs.database"));
        heading.getStyleClass().add("section-heading");
        ToggleGroup group = new ToggleGroup();
        VBox options = new VBox(6);
        for (DatabaseKind kind : DatabaseKind.values()) {
            RadioButton option = new RadioButton(messages.get("prefs.database." + kind.name()));
            option.setId("database-" + kind.name().toLowerCase(Locale.ROOT));
            option.setUserData(kind);
            option.setToggleGroup(group);
            option.setSelected(kind == viewModel.databaseProperty().get());
            options.getChildren().add(option);
        }
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                viewModel.databaseProperty().set((DatabaseKind) toggle.getUserData());
            }
        });
        TextField url = new TextField();
        url.setId("database-url");
        url.setPromptText("jdbc:postgresql://HOST:5432/DATABASE");
        url.textProperty().bindBidirectional(viewModel.serverUrlProperty());
        url.disableProperty().bind(viewModel.databaseProperty().isNotEqualTo(DatabaseKind.POSTGRESQL));
        Label problem = new Label();
        problem.setId("database-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(380);
        problem.textProperty().bind(Bindings.createStringBinding(() -> viewModel.databaseProblem().orElse(""),
                viewModel.databaseProperty(), viewModel.serverUrlProperty()));
        Label note = new Label(messages.get("prefs.database.note"));
        note.setWrapText(true);
        note.setMaxWidth(380);
        return new VBox(8, heading, options, url, problem, note);
    }
}
