package dev.eksatlas.ui.overview;

import dev.eksatlas.analysis.comparison.Readiness;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.ui.common.Messages;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/** The overview's four charts, and how {@link ChartData} becomes their series (no logic beyond the mapping). */
final class OverviewCharts {
    private final Messages messages;
    final StackedBarChart<String, Number> adoption = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    final MarkedBarChart providers = new MarkedBarChart(new CategoryAxis(), new NumberAxis(0, 110, 20));
    final MarkedBarChart trustSizes = new MarkedBarChart(new CategoryAxis(), new NumberAxis());
    final PieChart readiness = new PieChart();

    OverviewCharts(Messages messages) {
        this.messages = messages;
        adoption.setId("adoptionChart");
        adoption.setAnimated(false);
        adoption.setCategoryGap(4);
        providers.setId("providersChart");
        providers.setTitle(messages.get("overview.providers.title"));
        providers.getYAxis().setLabel(messages.get("overview.providers.axis"));
        providers.addHorizontalMark(ProviderBar.WARNING, messages.get("overview.providers.warning"), Zone.NEAR.styleClass());
        providers.addHorizontalMark(ProviderBar.QUOTA, messages.get("overview.providers.quota"), Zone.OVER.styleClass());
        trustSizes.setId("trustSizesChart");
        trustSizes.setTitle(messages.get("overview.trustSizes.title"));
        trustSizes.getXAxis().setLabel(messages.get("overview.trustSizes.axis"));
        trustSizes.getYAxis().setLabel(messages.get("overview.trustSizes.roles"));
        trustSizes.setCategoryGap(2);
        readiness.setId("readinessChart");
        readiness.setTitle(messages.get("overview.readiness.title"));
        readiness.setAnimated(false);
        readiness.setLabelsVisible(false);
        for (var chart : List.of(adoption, providers, trustSizes, readiness)) {
            chart.getStyleClass().add("overview-chart");
            chart.setMinWidth(0);
        }
        for (var chart : List.of(providers, trustSizes, readiness)) {
            chart.setPrefHeight(280);
        }
    }

    void show(ChartData data) {
        adoption.setTitle(data.clustersNotShown() == 0 ? messages.get("overview.adoption.title")
                : messages.get("overview.adoption.titleTop", data.adoption().size(), data.adoption().size() + data.clustersNotShown()));
        adoption.getData().setAll(List.of(
                adoptionSeries(data, "overview.adoption.irsa", AdoptionBar::irsa),
                adoptionSeries(data, "overview.adoption.both", AdoptionBar::both),
                adoptionSeries(data, "overview.adoption.podIdentity", AdoptionBar::podIdentity),
                adoptionSeries(data, "overview.adoption.notWorking", AdoptionBar::notWorking)));

        XYChart.Series<String, Number> accounts = new XYChart.Series<>();
        data.providers().forEach(p -> accounts.getData().add(new XYChart.Data<>(p.label(), p.providers())));
        int highest = data.providers().stream().mapToInt(ProviderBar::providers).max().orElse(0);
        ((NumberAxis) providers.getYAxis()).setUpperBound(Math.max(110, (highest / 20 + 1) * 20));
        providers.getData().setAll(List.of(accounts));
        for (int i = 0; i < data.providers().size(); i++) {
            decorate(accounts.getData().get(i), data.providers().get(i).zone(), data.providers().get(i).accountId());
        }

        XYChart.Series<String, Number> sizes = new XYChart.Series<>();
        String limitBin = null;
        for (SizeBin bin : data.trustSizes()) {
            String label = messages.get("overview.trustSizes.bin", bin.upper());
            sizes.getData().add(new XYChart.Data<>(label, bin.roles()));
            limitBin = bin.endsAtDefaultLimit() ? label : limitBin;
        }
        trustSizes.getData().setAll(List.of(sizes));
        for (int i = 0; i < data.trustSizes().size(); i++) {
            decorate(sizes.getData().get(i), data.trustSizes().get(i).zone(), null);
        }
        trustSizes.setVerticalMark(limitBin, messages.get("overview.trustSizes.limit", IamRole.DEFAULT_TRUST_POLICY_LIMIT),
                Zone.OVER.styleClass());

        // Every verdict keeps its slice (zero draws nothing) so its colour, by position, is always the same.
        readiness.setData(FXCollections.observableArrayList());
        for (Readiness r : Readiness.values()) {
            readiness.getData().add(new PieChart.Data(messages.get("overview.readiness." + r.name(), data.readiness(r)), data.readiness(r)));
        }
    }

    private XYChart.Series<String, Number> adoptionSeries(ChartData data, String key, ToIntFunction<AdoptionBar> value) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(messages.get(key));
        data.adoption().forEach(b -> series.getData().add(new XYChart.Data<>(b.label(), value.applyAsInt(b))));
        return series;
    }

    private static void decorate(XYChart.Data<String, Number> d, Zone zone, String detail) {
        Node bar = d.getNode();
        if (bar != null) {
            bar.getStyleClass().add(zone.styleClass());
            Tooltip.install(bar, new Tooltip(d.getXValue() + (detail == null || detail.equals(d.getXValue()) ? "" : " (" + detail + ")")
                    + ": " + d.getYValue()));
        }
    }
}
