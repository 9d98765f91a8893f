package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.linkage.ProviderStatus;
import dev.eksatlas.analysis.linkage.ProviderSummary;
import dev.eksatlas.analysis.linkage.RoleAnalysis;
import dev.eksatlas.analysis.trust.OidcProviderRef;
import dev.eksatlas.analysis.trust.StatementGrant;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** IAM OIDC providers: orphaned, missing for the roles that name them, and the 100-per-account quota. */
final class ProviderRule {
    static final int PROVIDER_QUOTA = 100;
    static final int QUOTA_WARNING = 80;

    void apply(FleetIndex index, List<ProviderSummary> providers, FindingSink sink) {
        for (ProviderSummary p : providers) {
            if (p.status() == ProviderStatus.ORPHANED) {
                sink.add(FindingCode.OIDC_PROVIDER_ORPHANED,
                        new FindingSink.Where(p.provider().accountId(), p.issuerRegion(), null, p.provider().arn()),
                        FindingText.of("No scanned cluster has issuer " + p.provider().url() + " (account " + p.provider().accountId()
                                + " was fully scanned in " + p.issuerRegion() + ")",
                                "finding.text.provider.orphaned", p.provider().url(), p.provider().accountId(), p.issuerRegion()),
                        p.trustingRoleArns().isEmpty() ? "no role trusts it"
                                : p.trustingRoleArns().size() + " roles still trust it: " + String.join(", ", p.trustingRoleArns()));
            }
        }
        missingProviders(index, sink);
        quota(index, sink);
    }

    private void missingProviders(FleetIndex index, FindingSink sink) {
        Map<String, List<RoleAnalysis>> rolesByProvider = new TreeMap<>();
        Map<String, OidcProviderRef> refs = new TreeMap<>();
        for (RoleAnalysis r : index.roles()) {
            for (StatementGrant g : r.trust().activeGrants()) {
                String arn = g.provider().arn().toLowerCase(Locale.ROOT);
                refs.putIfAbsent(arn, g.provider());
                List<RoleAnalysis> roles = rolesByProvider.computeIfAbsent(arn, k -> new ArrayList<>());
                if (roles.isEmpty() || roles.getLast() != r) {
                    roles.add(r);
                }
            }
        }
        for (Map.Entry<String, List<RoleAnalysis>> e : rolesByProvider.entrySet()) {
            OidcProviderRef ref = refs.get(e.getKey());
            if (index.provider(ref.arn()) != null) {
                continue;
            }
            List<EksCluster> clusters = index.clustersWithIssuer(ref.issuerKey());
            EksCluster cluster = clusters.size() == 1 ? clusters.getFirst() : null;
            String region = cluster != null ? cluster.region() : ref.region() != null ? ref.region() : Finding.GLOBAL;
            if (index.coverage().iamProvidersComplete(ref.accountId())) {
                for (RoleAnalysis r : e.getValue()) {
                    sink.add(FindingCode.OIDC_PROVIDER_MISSING, FindingCode.OIDC_PROVIDER_MISSING.severity(),
                            new FindingSink.Where(r.role().accountId(), region, cluster == null ? null : cluster.name(), r.arn()),
                            FindingText.of("Role " + r.role().name() + " trusts " + ref.issuer() + " through provider " + ref.arn()
                                    + ", which does not exist: IRSA is broken for it",
                                    "finding.text.provider.missing", r.role().name(), ref.issuer(), ref.arn()), ref.arn(),
                            Map.of("<name>", cluster == null ? "<name>" : cluster.name()));
                }
            } else if (!index.coverage().scanned(ref.accountId())) {
                sink.add(FindingCode.OIDC_PROVIDER_NOT_SCANNED,
                        new FindingSink.Where(ref.accountId(), region, cluster == null ? null : cluster.name(), ref.arn()),
                        FindingText.of(e.getValue().size() + " roles trust provider " + ref.arn() + " in account " + ref.accountId()
                                + ", which was not scanned: whether it exists is unknown",
                                "finding.text.provider.notScanned", e.getValue().size(), ref.arn(), ref.accountId()),
                        String.join(", ", e.getValue().stream().map(RoleAnalysis::arn).toList()));
            }
        }
    }

    private void quota(FleetIndex index, FindingSink sink) {
        for (AccountSnapshot s : index.snapshots()) {
            int used = s.oidcProviders().size();
            if (used >= QUOTA_WARNING && index.coverage().iamProvidersComplete(s.accountId())) {
                sink.add(FindingCode.OIDC_PROVIDER_QUOTA, used >= PROVIDER_QUOTA ? Severity.HIGH : Severity.MEDIUM,
                        new FindingSink.Where(s.accountId(), Finding.GLOBAL, null, "arn:" + s.account().partition() + ":iam::" + s.accountId() + ":root"),
                        FindingText.of("Account " + s.accountId() + " uses " + used + " of its " + PROVIDER_QUOTA + " IAM OIDC providers",
                                "finding.text.provider.quota", s.accountId(), used, PROVIDER_QUOTA),
                        used + " providers", Map.of());
            }
        }
    }
}
