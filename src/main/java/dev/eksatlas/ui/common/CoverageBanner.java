package dev.eksatlas.ui.common;

import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.report.CoverageReport;
import dev.eksatlas.report.Sourced;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A warning at the top of a screen whose numbers coverage gaps can make incomplete: "N things
 * could not be read in accounts …", with a Details expander listing each gap (service, region,
 * operation, error) as a report table. Hidden (and taking no space) while there is no gap.
 *
 * <pre>{@code
 * CoverageBanner banner = CoverageBanner.following(inventory, messages, exporter::export);
 * // or: new CoverageBanner(messages, exporter::export).follow(inventory, gap -> "eks".equals(gap.service()))
 * root.getChildren().addFirst(banner);
 * }</pre>
 */
public final class CoverageBanner extends VBox {
    private static final int ACCOUNTS_NAMED = 3;
    private static final Set<String> HIDDEN_COLUMNS = Set.of("profile", "scan_time");

    private final Messages messages;
    private final Label text = new Label();
    private final ReportTable<Sourced<CoverageGap>> table;
    private final TitledPane details;
    private final ReadOnlyObjectWrapper<CoverageSummary> summary = new ReadOnlyObjectWrapper<>(CoverageSummary.none());

    /** @param onExport exports the gap table (the screen's CSV export), called from its Export button */
    public CoverageBanner(Messages messages, Consumer<ReportTable<Sourced<CoverageGap>>> onExport) {
        this.messages = messages;
        getStyleClass().add("coverage-banner");
        getStylesheets().add(CoverageBanner.class.getResource("coverage-banner.css").toExternalForm());
        setId("coverageBanner");
        text.getStyleClass().add("coverage-banner-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        table = new ReportTable<>(CoverageReport.report().definition(), messages, onExport);
        table.setPrefHeight(220);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.tableView().setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Profile and scan time say little here; the column menu brings them back, and the export keeps them.
        table.tableView().setTableMenuButtonVisible(true);
        table.tableView().getColumns().stream().filter(c -> HIDDEN_COLUMNS.contains(c.getId())).forEach(c -> c.setVisible(false));
        details = new TitledPane(messages.get("coverage.details"), table);
        details.setExpanded(false);
        details.setAnimated(false);
        details.getStyleClass().add("coverage-banner-details");
        getChildren().addAll(text, details);
        managedProperty().bind(visibleProperty());
        show(CoverageSummary.none());
    }

    /** A banner showing every gap of the inventory's current snapshots. */
    public static CoverageBanner following(InventoryModel inventory, Messages messages,
            Consumer<ReportTable<Sourced<CoverageGap>>> onExport) {
        CoverageBanner banner = new CoverageBanner(messages, onExport);
        banner.follow(inventory);
        return banner;
    }

    /** Shows the gaps of the inventory's current snapshots, now and after every reload. */
    public void follow(InventoryModel inventory) {
        follow(inventory, gap -> true);
    }

    /** Shows the gaps {@code affects} keeps (the ones that can change this screen's numbers). */
    public void follow(InventoryModel inventory, Predicate<CoverageGap> affects) {
        inventory.currentProperty().addListener((obs, old, loaded) -> show(CoverageSummary.of(loaded.snapshots(), affects)));
        show(CoverageSummary.of(inventory.current().snapshots(), affects));
    }

    public void show(CoverageSummary gaps) {
        summary.set(gaps);
        setVisible(!gaps.isEmpty());
        text.setText(gaps.isEmpty() ? "" : messages.get("coverage.banner", gaps.gapCount(), gaps.accounts().size(),
                gaps.accountList(ACCOUNTS_NAMED)));
        table.setRows(gaps.gaps());
    }

    public ReadOnlyObjectProperty<CoverageSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public TitledPane details() {
        return details;
    }

    public ReportTable<Sourced<CoverageGap>> table() {
        return table;
    }
}
