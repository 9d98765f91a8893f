package dev.eksatlas.ui.scan;

import dev.eksatlas.scan.profiles.ProfileProblem;
import dev.eksatlas.ui.common.Messages;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** What is wrong in the AWS config and credentials files, with file and line, and a way to read them again. */
final class FileProblemsDialog {
    private FileProblemsDialog() {
    }

    static void show(Window owner, List<ProfileProblem> problems, Messages messages, Runnable readAgain) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("scan.fileProblems.title"));
        dialog.setHeaderText(messages.get("scan.fileProblems.header", problems.size()));
        Label intro = new Label(messages.get("scan.fileProblems.body"));
        intro.setWrapText(true);
        TextArea lines = new TextArea(problems.stream().map(ProfileProblem::describe).collect(Collectors.joining("\n")));
        lines.setId("fileProblemsText");
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.setPrefRowCount(Math.min(12, Math.max(4, problems.size())));
        lines.setPrefColumnCount(70);
        VBox content = new VBox(10, intro, lines);
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        ButtonType reread = new ButtonType(messages.get("scan.fileProblems.reread"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(reread, ButtonType.CLOSE);
        dialog.showAndWait().filter(reread::equals).ifPresent(b -> readAgain.run());
    }
}
