package dev.eksatlas.ui.clusters;

import dev.eksatlas.analysis.migration.MigrationPlan;
import dev.eksatlas.analysis.migration.MigrationStep;
import dev.eksatlas.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The steps of one migration plan: each with its title, what it does and why (with the role,
 * statement and sizes the analysis found), the command with a Copy button, and the resulting trust
 * policy JSON with a Copy button. Copy buttons have ids {@code copy-command-N} and {@code copy-json-N}.
 */
final class MigrationPlanView {
    private final Messages messages;
    private final PlanTexts texts;

    MigrationPlanView(Messages messages) {
        this.messages = messages;
        this.texts = new PlanTexts(messages);
    }

    /**
     * Lets {@code choice} pick one of {@code plans} (the first after every change) and shows the
     * chosen plan's notes and steps; {@code status} says when there is no plan at all.
     */
    void bind(ComboBox<MigrationPlan> choice, ObservableList<MigrationPlan> plans, Label status, VBox notes, VBox steps) {
        choice.setItems(plans);
        choice.setCellFactory(list -> new PlanCell());
        choice.setButtonCell(new PlanCell());
        plans.addListener((ListChangeListener<MigrationPlan>) c -> {
            choice.getSelectionModel().selectFirst();
            status.setText(plans.isEmpty() ? messages.get("plan.none") : "");
        });
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        choice.getSelectionModel().selectedItemProperty().subscribe(plan -> {
            notes.getChildren().setAll(plan == null ? List.of() : notes(plan));
            steps.getChildren().setAll(plan == null ? List.of() : steps(plan));
        });
    }

    private final class PlanCell extends ListCell<MigrationPlan> {
        @Override
        protected void updateItem(MigrationPlan plan, boolean empty) {
            super.updateItem(plan, empty);
            setText(empty || plan == null ? null : texts.choice(plan));
        }
    }

    List<Node> notes(MigrationPlan plan) {
        return plan.notes().stream().<Node>map(n -> {
            Label l = new Label(texts.note(n));
            l.setWrapText(true);
            l.getStyleClass().addAll("plan-note", "plan-note-" + n.kind().name().toLowerCase(java.util.Locale.ROOT));
            return l;
        }).toList();
    }

    List<Node> steps(MigrationPlan plan) {
        List<Node> nodes = new ArrayList<>();
        for (MigrationStep step : plan.steps()) {
            nodes.add(step(step));
        }
        return nodes;
    }

    private Node step(MigrationStep step) {
        Label title = new Label(texts.title(step));
        title.getStyleClass().add("plan-step-title");
        title.setWrapText(true);
        HBox head = new HBox(8, title);
        head.setAlignment(Pos.CENTER_LEFT);
        if (step.done()) {
            Label done = new Label(messages.get("plan.done"));
            done.getStyleClass().add("plan-step-done");
            head.getChildren().add(done);
        }
        Label detail = new Label(texts.detail(step));
        detail.setWrapText(true);
        detail.getStyleClass().add("plan-step-detail");
        VBox box = new VBox(6, head, detail);
        box.getStyleClass().add("plan-step");
        if (step.command() != null) {
            box.getChildren().add(copyable(step.command(), "copy-command-" + step.order(), messages.get("plan.copyCommand")));
        }
        if (step.policy() != null) {
            Label size = new Label(texts.policySize(step));
            size.getStyleClass().add("plan-policy-size");
            box.getChildren().addAll(size, copyable(step.policy().resultingPolicy(), "copy-json-" + step.order(), messages.get("plan.copyJson")));
        }
        return box;
    }

    private static Node copyable(String text, String buttonId, String buttonText) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false);
        area.getStyleClass().add("plan-code");
        area.setPrefRowCount(Math.min(14, (int) text.lines().count() + 1));
        HBox.setHgrow(area, Priority.ALWAYS);
        Button copy = new Button(buttonText);
        copy.setId(buttonId);
        copy.setMinWidth(Button.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox row = new HBox(8, area, copy);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }
}
