package dev.eksatlas.ui.roles;

import java.util.Locale;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;

/**
 * A bar from 0 to IAM's 4,096-character maximum with a mark at the 2,048 default, filled to the
 * trust policy's size and coloured by how close it is to the limits.
 */
final class TrustSizeGauge extends Region {
    private final Region fill = new Region();
    private final Region defaultMark = new Region();
    private double fraction;

    TrustSizeGauge() {
        getStyleClass().add("trust-gauge");
        fill.getStyleClass().add("trust-gauge-fill");
        defaultMark.getStyleClass().add("trust-gauge-default");
        getChildren().addAll(fill, defaultMark);
        setAccessibleRole(AccessibleRole.PROGRESS_INDICATOR);
        setMinHeight(14);
        setPrefHeight(14);
        setMaxHeight(14);
    }

    void show(RoleDetail.Gauge gauge) {
        fraction = gauge.fractionOfMax();
        fill.getStyleClass().setAll("trust-gauge-fill", "level-" + gauge.level().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        setAccessibleText(gauge.text());
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        fill.resizeRelocate(0, 0, Math.round(w * fraction), h);
        defaultMark.resizeRelocate(Math.round(w / 2) - 1, 0, 2, h);
    }
}
