package dev.eksatlas.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reports the app can export, by name, in the order they are listed to the user. Built once
 * by the composition root from {@link #standardReports()}; {@link #rawReports()} holds those made
 * from the snapshot records alone.
 */
public final class ReportRegistry {
    /** The name that asks for every report at once. */
    public static final String ALL = "all";

    private final Map<String, Report<?>> byName = new LinkedHashMap<>();

    public ReportRegistry(List<? extends Report<?>> reports) {
        for (Report<?> r : reports) {
            if (r.name().equals(ALL) || byName.putIfAbsent(r.name(), r) != null) {
                throw new IllegalArgumentException("Report name used twice or reserved: " + r.name());
            }
        }
    }

    /**
     * Every report, in the order they are listed to the user: the cluster inventory, the analysis
     * of it, the IAM and EKS records, what could not be read, and the migration plan. The analysis
     * reports share one {@link FleetAnalyses}, so {@code --report all} analyses the snapshots once.
     */
    public static List<Report<?>> standardReports() {
        FleetAnalyses analyses = new FleetAnalyses();
        return List.of(ClusterReport.report(), ClusterSummaryReport.report(analyses), ComparisonReport.report(analyses),
                ServiceAccountReport.report(analyses), FindingReport.report(analyses), RoleReport.report(analyses),
                OidcProviderReport.report(analyses), AssociationReport.report(analyses),
                CoverageReport.report(), MigrationPlanReport.report(analyses), new StaleTokenReport());
    }

    /** The reports read straight from the snapshot records, with no analysis. */
    public static List<Report<?>> rawReports() {
        return List.of(ClusterReport.report(), CoverageReport.report());
    }

    public Optional<Report<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Report<?>> all() {
        return List.copyOf(byName.values());
    }

    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }
}
