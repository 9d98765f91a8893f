package dev.eksatlas.ui.roles;

import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.ui.common.FindingTexts;
import dev.eksatlas.ui.common.Messages;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected role: trust-policy size gauge, trusted clusters, the trust policy with each
 * statement's cluster marked in that cluster's colour, and the role's findings. Shows what {@link RoleDetail}
 * holds and decides nothing itself.
 */
public final class RoleDetailPane extends VBox {
    private final Label name = new Label();
    private final Label arn = new Label();
    private final TrustSizeGauge gauge = new TrustSizeGauge();
    private final Label gaugeText = new Label();
    private final Label gaugeRoom = new Label();
    private final VBox clusters = new VBox(4);
    private final VBox findings = new VBox(8);
    private final Label policyNote = new Label();
    private final VBox policy = new VBox();
    private final Button copy = new Button();
    private final Label empty = new Label();
    private Messages messages;
    private FindingTexts texts;

    public RoleDetailPane() {
        getStyleClass().add("role-detail");
        setSpacing(8);
        name.getStyleClass().add("detail-title");
        arn.getStyleClass().add("detail-subtitle");
        arn.setWrapText(true);
        gaugeText.setWrapText(true);
        gaugeRoom.setWrapText(true);
        gaugeRoom.getStyleClass().add("muted");
        policy.getStyleClass().add("policy-view");
        policy.setId("policyView");
        copy.setId("copyPolicy");
        policyNote.setWrapText(true);
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
    }

    public void init(Messages messages, Runnable onCopyPolicy) {
        this.messages = messages;
        this.texts = new FindingTexts(messages);
        copy.setText(messages.get("roles.copyPolicy"));
        copy.setOnAction(e -> onCopyPolicy.run());
        empty.setText(messages.get("roles.detail.none"));
        show(null);
    }

    public void show(RoleDetail detail) {
        if (detail == null) {
            getChildren().setAll(empty);
            return;
        }
        name.setText(detail.name());
        arn.setText(detail.arn());
        gauge.show(detail.gauge());
        gaugeText.setText(detail.gauge().text());
        gaugeRoom.setText(detail.gauge().room());
        clusters.getChildren().setAll(detail.clusters().stream().map(RoleDetailPane::chip).toList());
        if (detail.clusters().isEmpty()) {
            clusters.getChildren().setAll(muted(messages.get("roles.clusters.none")));
        }
        findings.getChildren().setAll(detail.findings().stream().map(this::finding).toList());
        if (detail.findings().isEmpty()) {
            findings.getChildren().setAll(muted(messages.get("roles.findings.none")));
        }
        policyNote.setText(detail.policyNote());
        policyNote.setManaged(!detail.policyNote().isEmpty());
        policy.getChildren().setAll(detail.policy().stream().map(RoleDetailPane::block).toList());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox policyHeading = new HBox(8, heading(messages.get("roles.policy.heading")), spacer, copy);
        policyHeading.setAlignment(Pos.BOTTOM_LEFT);
        getChildren().setAll(name, arn, heading(messages.get("roles.gauge.heading")), gauge, gaugeText, gaugeRoom,
                heading(messages.get("roles.clusters.heading")), clusters, policyHeading, policyNote, policy,
                heading(messages.get("roles.findings.heading")), findings);
    }

    private Node finding(Finding f) {
        Label severity = new Label(messages.get("severity." + f.severity().name()));
        severity.getStyleClass().addAll("severity", "severity-" + f.severity().name().toLowerCase(Locale.ROOT));
        Label title = new Label(texts.title(f));
        Label code = new Label(f.codeId());
        code.getStyleClass().addAll("finding-code", "muted");
        Label message = new Label(texts.message(f));
        message.setWrapText(true);
        Label remediation = new Label(texts.remediation(f));
        remediation.setWrapText(true);
        remediation.getStyleClass().add("muted");
        title.setWrapText(true);
        return new VBox(2, new HBox(6, severity, title), code, message, remediation);
    }

    private static Node block(RoleDetail.Block block) {
        Label text = new Label(block.text());
        text.getStyleClass().add("policy-text");
        // Long lines (ARNs, subjects) wrap rather than widen the pane beyond the window.
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        if (block.statement() < 0) {
            return text;
        }
        VBox marks = new VBox(3, block.marks().stream().map(RoleDetailPane::chip).toArray(Node[]::new));
        VBox box = new VBox(2, marks, text);
        box.getStyleClass().add("policy-statement");
        box.getStyleClass().add(block.marks().isEmpty() ? "unmarked" : colourClass(block.marks().getFirst()));
        return box;
    }

    private static Label chip(RoleDetail.Mark mark) {
        Label chip = new Label(mark.label());
        chip.getStyleClass().addAll("mark", colourClass(mark));
        return chip;
    }

    private static String colourClass(RoleDetail.Mark mark) {
        return switch (mark.kind()) {
            case CLUSTER -> "mark-colour-" + Math.floorMod(mark.colour(), 6);
            case UNSCANNED_ISSUER -> "mark-unscanned";
            case POD_IDENTITY -> "mark-pod-identity";
        };
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-heading");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }
}
