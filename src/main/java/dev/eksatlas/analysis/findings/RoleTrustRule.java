package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.linkage.RoleAnalysis;
import dev.eksatlas.analysis.trust.OidcProviderRef;
import dev.eksatlas.analysis.trust.TrustFinding;
import dev.eksatlas.domain.EksCluster;
import java.util.List;
import java.util.Map;

/** Each role's trust-policy findings, placed at the cluster whose issuer they concern when one is known. */
final class RoleTrustRule {

    void apply(FleetIndex index, FindingSink sink) {
        for (RoleAnalysis r : index.roles()) {
            for (TrustFinding f : r.trust().findings()) {
                String issuer = issuerOf(r, f);
                List<EksCluster> clusters = f.issuerKey() == null ? List.of() : index.clustersWithIssuer(f.issuerKey());
                EksCluster cluster = clusters.size() == 1 ? clusters.getFirst() : null;
                String region = cluster != null ? cluster.region()
                        : issuer != null && OidcProviderRef.eksRegion(issuer) != null ? OidcProviderRef.eksRegion(issuer) : Finding.GLOBAL;
                sink.add(f.code(), f.severity(),
                        new FindingSink.Where(r.role().accountId(), region, cluster == null ? null : cluster.name(), r.arn()),
                        FindingText.of("Role " + r.role().name() + ": " + f.message(), "finding.text.role", r.role().name(), f.text()), f.evidence(),
                        Map.of("<issuer>", issuer == null ? "<issuer>" : issuer));
            }
        }
    }

    /** The issuer as written in the role's grants (keys are lower-cased; remediation should match the policy). */
    private static String issuerOf(RoleAnalysis r, TrustFinding f) {
        if (f.issuerKey() == null) {
            return null;
        }
        return r.trust().grants().stream().filter(g -> g.issuerKey().equals(f.issuerKey()))
                .map(g -> g.grant().issuer()).findFirst().orElse(f.issuerKey());
    }
}
