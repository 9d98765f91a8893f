package dev.eksatlas.ui.common;

import dev.eksatlas.inventory.PasswordPrompt;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * Asks for a team inventory's password in a dialog (called on the FX thread while the app starts).
 * The password is handed to the connection only: never stored in the preferences, never logged.
 */
public final class PasswordDialog implements PasswordPrompt {
    private final Messages messages;

    public PasswordDialog(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<String> ask(String inventory, String user) {
        if (!Platform.isFxApplicationThread()) {
            return Optional.empty();
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(messages.get("password.heading"));
        PasswordField field = new PasswordField();
        field.setId("inventory-password");
        Label text = new Label(messages.get("password.body", inventory, user));
        text.setWrapText(true);
        text.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(10, text, field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> field.getText()).filter(p -> !p.isEmpty());
    }
}
