package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.linkage.RoleAnalysis;
import dev.eksatlas.analysis.trust.StatementGrant;
import dev.eksatlas.domain.EksCluster;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Roles trusted through several clusters' issuers: each new cluster means another trust statement. */
final class SharedRoleRule {

    void apply(FleetIndex index, FindingSink sink) {
        for (RoleAnalysis r : index.roles()) {
            Set<String> issuers = new LinkedHashSet<>();
            List<String> written = new ArrayList<>();
            for (StatementGrant g : r.trust().activeGrants()) {
                if (g.grant().eksIssuer() && issuers.add(g.issuerKey())) {
                    written.add(g.grant().issuer());
                }
            }
            if (issuers.size() < 2) {
                continue;
            }
            List<String> clusters = issuers.stream().flatMap(i -> index.clustersWithIssuer(i).stream()).map(EksCluster::name).sorted().toList();
            sink.add(FindingCode.SHARED_ROLE_NEEDS_PER_CLUSTER_TRUST,
                    new FindingSink.Where(r.role().accountId(), Finding.GLOBAL, null, r.arn()),
                    FindingText.of("Role " + r.role().name() + " is trusted through " + issuers.size() + " clusters' issuers"
                            + (clusters.isEmpty() ? "" : " (scanned: " + String.join(", ", clusters) + ")")
                            + ", using " + r.trust().size().characters() + " of 2048 trust-policy characters; every new cluster needs another statement",
                            clusters.isEmpty() ? "finding.text.sharedRole" : "finding.text.sharedRole.scanned",
                            r.role().name(), issuers.size(), r.trust().size().characters(), String.join(", ", clusters)),
                    String.join(", ", written));
        }
    }
}
