package dev.eksatlas.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reports the app can export, by name, in the order they are listed to the user. Built once
 * by the composition root; {@link #rawReports()} holds those made from the snapshot records alone,
 * and the analysis reports are added beside them.
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

    /** The reports read straight from the snapshot records, with no analysis. */
    public static List<Report<?>> rawReports() {
        return List.of(ClusterReport.report(), RoleReport.report(), OidcProviderReport.report(),
                AssociationReport.report(), CoverageReport.report());
    }

    /** The reports made from the analysis of the snapshots. */
    public static List<Report<?>> analysisReports() {
        return List.of(ClusterSummaryReport.report());
    }

    /** Every report the app offers: the raw ones first, then the analysis ones. */
    public static List<Report<?>> everyReport() {
        List<Report<?>> all = new ArrayList<>(rawReports());
        all.addAll(analysisReports());
        return all;
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
