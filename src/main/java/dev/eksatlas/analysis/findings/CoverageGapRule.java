package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.linkage.Arns;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.CoverageGap;
import java.util.List;
import java.util.Locale;

/** Says, for each coverage gap, which conclusions it makes uncertain. */
final class CoverageGapRule {

    void apply(List<AccountSnapshot> snapshots, FindingSink sink) {
        for (AccountSnapshot s : snapshots) {
            for (CoverageGap g : s.coverageGaps()) {
                String cluster = isEks(g) && g.resource() != null ? g.resource() : null;
                String region = g.region() == null || g.region().isBlank() ? Finding.GLOBAL : g.region();
                String resource = cluster == null ? null : Arns.cluster(s.account().partition(), region, s.accountId(), cluster);
                String evidence = g.service() + " " + g.operation() + " " + g.errorCode() + ": " + g.message();
                sink.add(FindingCode.COVERAGE_GAP, new FindingSink.Where(s.accountId(), region, cluster, resource),
                        uncertain(s.accountId(), g), evidence);
            }
        }
    }

    private static boolean isEks(CoverageGap g) {
        return "eks".equalsIgnoreCase(g.service());
    }

    static FindingText uncertain(String account, CoverageGap g) {
        String service = g.service() == null ? "" : g.service().toLowerCase(Locale.ROOT);
        String op = g.operation() == null ? "" : g.operation().toLowerCase(Locale.ROOT);
        String what = g.operation() == null ? service : g.operation();
        if (service.equals("iam") && op.contains("openidconnect")) {
            return FindingText.of("OIDC providers of account " + account + " could not be read (" + what + "): provider-missing, orphaned-provider "
                    + "and quota conclusions for this account are uncertain", "finding.text.gap.providers", account, what);
        }
        if (service.equals("iam")) {
            return g.resource() == null
                    ? FindingText.of("Roles of account " + account + " could not be read (" + what
                    + "): IRSA grants, association-role checks and trust findings there are uncertain", "finding.text.gap.roles", account, what)
                    : FindingText.of("Role " + g.resource() + " could not be read (" + what
                    + "): IRSA grants, association-role checks and trust findings there are uncertain", "finding.text.gap.role", g.resource(), what);
        }
        if (service.equals("eks") && g.resource() != null && op.contains("podidentity")) {
            return FindingText.of("Pod Identity associations of cluster " + g.resource() + " could not be read: its service-account matrix, "
                    + "shadowing and association findings are uncertain", "finding.text.gap.associations", g.resource());
        }
        if (service.equals("eks") && g.resource() != null && op.contains("addon")) {
            return FindingText.of("Add-ons of cluster " + g.resource() + " could not be read: whether the Pod Identity agent is installed is uncertain",
                    "finding.text.gap.addons", g.resource());
        }
        if (service.equals("eks") && g.resource() != null && op.contains("fargate")) {
            return FindingText.of("Fargate profiles of cluster " + g.resource() + " could not be read: which pods must stay on IRSA is uncertain",
                    "finding.text.gap.fargate", g.resource());
        }
        if (service.equals("eks") && g.resource() != null) {
            return FindingText.of("Cluster " + g.resource() + " could not be read (" + what + "): its issuer, version and findings are uncertain, "
                    + "and so is whether OIDC providers of its region are orphaned", "finding.text.gap.cluster", g.resource(), what);
        }
        if (service.equals("eks")) {
            return FindingText.of("Clusters in region " + g.region() + " of account " + account + " could not be read (" + what + "): orphaned-provider "
                    + "conclusions for issuers of that region and all cluster findings there are uncertain", "finding.text.gap.region",
                    g.region(), account, what);
        }
        if (service.equals("logs")) {
            return g.resource() == null
                    ? FindingText.of("Audit logs could not be queried: stale-token findings are uncertain", "finding.text.gap.logs")
                    : FindingText.of("Audit logs of " + g.resource() + " could not be queried: stale-token findings are uncertain",
                    "finding.text.gap.logsOf", g.resource());
        }
        return FindingText.of("Something in account " + account + " could not be read (" + g.service() + " " + what
                + "): conclusions that depend on it are uncertain", "finding.text.gap.other", account, g.service(), what);
    }
}
