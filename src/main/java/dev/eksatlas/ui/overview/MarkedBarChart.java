package dev.eksatlas.ui.overview;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/**
 * A bar chart with limit marks: horizontal lines at values (80 and 100 providers) and a vertical
 * line after a category (the 2,048-character limit between two histogram bins), each labelled.
 */
public final class MarkedBarChart extends BarChart<String, Number> {
    private record Mark(Line line, Label label, double value, String afterCategory) {
    }

    private final List<Mark> marks = new ArrayList<>();

    public MarkedBarChart(CategoryAxis x, NumberAxis y) {
        super(x, y);
        setAnimated(false);
        setLegendVisible(false);
    }

    /** A horizontal line at {@code value} of the number axis. */
    public void addHorizontalMark(double value, String text, String styleClass) {
        add(new Mark(new Line(), new Label(text), value, null));
        marks.getLast().line().getStyleClass().addAll("limit-mark", styleClass);
        marks.getLast().label().getStyleClass().addAll("limit-mark-label", styleClass);
    }

    /** Moves the vertical line to just after {@code category} (null hides it). */
    public void setVerticalMark(String category, String text, String styleClass) {
        marks.removeIf(m -> {
            if (m.afterCategory() != null) {
                getPlotChildren().removeAll(m.line(), m.label());
                return true;
            }
            return false;
        });
        if (category != null) {
            add(new Mark(new Line(), new Label(text), 0, category));
            marks.getLast().line().getStyleClass().addAll("limit-mark", styleClass);
            marks.getLast().label().getStyleClass().addAll("limit-mark-label", styleClass);
        }
        requestChartLayout();
    }

    private void add(Mark mark) {
        mark.label().setManaged(false);
        mark.line().setManaged(false);
        marks.add(mark);
        getPlotChildren().addAll(mark.line(), mark.label());
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double width = getXAxis().getWidth();
        double height = getYAxis().getHeight();
        for (Mark m : marks) {
            m.label().autosize();
            if (m.afterCategory() == null) {
                double y = getYAxis().getDisplayPosition(m.value());
                m.line().setStartX(0);
                m.line().setEndX(width);
                m.line().setStartY(y);
                m.line().setEndY(y);
                m.label().relocate(Math.max(0, width - m.label().getWidth() - 4), y - m.label().getHeight());
            } else {
                CategoryAxis x = (CategoryAxis) getXAxis();
                double at = x.getDisplayPosition(m.afterCategory()) + x.getCategorySpacing() / 2;
                m.line().setStartX(at);
                m.line().setEndX(at);
                m.line().setStartY(0);
                m.line().setEndY(height);
                double left = at + 4 + m.label().getWidth() > width ? at - 4 - m.label().getWidth() : at + 4;
                m.label().relocate(left, 2);
            }
            m.line().toFront();
            m.label().toFront();
        }
    }
}
