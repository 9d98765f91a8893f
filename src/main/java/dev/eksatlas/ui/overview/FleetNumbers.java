package dev.eksatlas.ui.overview;

import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.ui.common.InventoryModel;
import java.util.EnumMap;
import java.util.Map;

/**
 * The numbers at the top of the overview. {@code irsaGrants} counts the active IRSA grants naming
 * a scanned cluster's issuer (a role trusted by two clusters counts twice: two statements to keep).
 */
public record FleetNumbers(int accounts, int clusters, int irsaGrants, int associations, Map<Severity, Integer> findings) {

    public FleetNumbers {
        EnumMap<Severity, Integer> all = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            all.put(s, findings.getOrDefault(s, 0));
        }
        findings = Map.copyOf(all);
    }

    public static FleetNumbers of(InventoryModel.Loaded loaded) {
        var analysis = loaded.analysis();
        int grants = analysis.clusters().stream().mapToInt(c -> c.link().activeGrants().size()).sum();
        int associations = loaded.snapshots().stream().mapToInt(s -> s.associations().size()).sum();
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Finding f : analysis.findings()) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
        }
        return new FleetNumbers((int) loaded.snapshots().stream().map(AccountSnapshot::accountId).distinct().count(),
                analysis.clusters().size(), grants, associations, bySeverity);
    }

    public int findings(Severity severity) {
        return findings.get(severity);
    }

    public int totalFindings() {
        return findings.values().stream().mapToInt(Integer::intValue).sum();
    }
}
