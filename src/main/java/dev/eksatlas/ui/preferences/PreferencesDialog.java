package dev.eksatlas.ui.preferences;

import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.preferences.PreferencesViewModel.Language;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Preferences dialog: the language, applied on the next start. OK with Enter, Cancel with Escape. */
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
        dialog.getDialogPane().setContent(new VBox(10, heading, options, note));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.save());
    }
}
