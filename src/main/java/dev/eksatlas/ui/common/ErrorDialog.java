package dev.eksatlas.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shows a {@link UserError}: the summary as the header, the fix below it, and the technical detail
 * in a collapsed "Details" pane. Enter or Escape closes it.
 */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    public static Alert show(Window owner, Messages messages, UserError error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(error.summary());
        Label fix = new Label(error.fix());
        fix.setWrapText(true);
        fix.getStyleClass().add("error-fix");
        VBox content = new VBox(10, fix);
        content.setMaxWidth(560);
        if (!error.details().isBlank()) {
            TextArea text = new TextArea(error.details());
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(5);
            TitledPane details = new TitledPane(messages.get("error.details"), text);
            details.setExpanded(false);
            details.setId("errorDetails");
            content.getChildren().add(details);
        }
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("errorDialog");
        alert.show();
        return alert;
    }
}
