package dev.eksatlas.ui.scan;

import dev.eksatlas.ui.common.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One scan problem: title, plain words, the command that fixes it (with Copy), technical text behind "Details". */
final class ScanProblemView extends VBox {
    ScanProblemView(ScanProblem problem, Messages messages) {
        getStyleClass().add("scan-problem");
        Label title = new Label(problem.title());
        title.getStyleClass().add("scan-problem-title");
        title.setWrapText(true);
        Label body = new Label(problem.body());
        body.setWrapText(true);
        getChildren().addAll(title, body);
        if (problem.fix() != null) {
            TextField command = new TextField(problem.fix());
            command.setEditable(false);
            command.getStyleClass().add("scan-problem-fix");
            HBox.setHgrow(command, Priority.ALWAYS);
            Button copy = new Button(messages.get("scan.problem.copy"));
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(problem.fix());
                Clipboard.getSystemClipboard().setContent(content);
            });
            HBox fix = new HBox(8, command, copy);
            fix.setMaxWidth(640);
            getChildren().add(fix);
        }
        TextArea text = new TextArea(problem.details());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        TitledPane details = new TitledPane(messages.get("scan.problem.details"), text);
        details.setExpanded(false);
        details.setAnimated(false);
        details.getStyleClass().add("scan-problem-details");
        getChildren().add(details);
    }
}
