package dev.eksatlas.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The banner a screen shows over numbers that coverage gaps may make incomplete; place it in FXML, then {@link #bind}. */
public final class CoverageBanner extends VBox {
    private final Label text = new Label();
    private final TextArea lines = new TextArea();
    private final TitledPane details = new TitledPane("", lines);

    public CoverageBanner() {
        getStyleClass().add("coverage-banner");
        setSpacing(4);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("coverage-banner-text");
        lines.setEditable(false);
        lines.setPrefRowCount(4);
        details.setExpanded(false);
        details.setAnimated(false);
        getChildren().addAll(text, details);
        managedProperty().bind(visibleProperty());
    }

    public void bind(CoverageNotice notice) {
        visibleProperty().bind(notice.visibleProperty());
        text.textProperty().bind(notice.textProperty());
        lines.textProperty().bind(notice.detailsProperty());
        details.setText(notice.detailsTitle());
    }
}
