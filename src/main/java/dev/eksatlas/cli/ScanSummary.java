package dev.eksatlas.cli;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.StaleTokenCheck;
import dev.eksatlas.scan.AccountOutcome;
import dev.eksatlas.scan.ProfileFailure;
import dev.eksatlas.scan.ScanReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/** The summary a scan prints on stdout; failures and gaps go to stderr. */
record ScanSummary(ScanReport report) {
    void print(PrintWriter out, PrintWriter err) {
        List<AccountSnapshot> s = report.accounts().stream().map(AccountOutcome::snapshot).toList();
        TreeSet<String> regions = new TreeSet<>();
        s.forEach(a -> regions.addAll(a.regions()));
        out.println("accounts:        " + s.size());
        out.println("regions:         " + regions.size());
        out.println("clusters:        " + sum(s, a -> a.clusters().size()));
        out.println("roles:           " + sum(s, a -> a.roles().size()));
        out.println("oidc providers:  " + sum(s, a -> a.oidcProviders().size()));
        out.println("associations:    " + sum(s, a -> a.associations().size()));
        out.println("add-ons:         " + sum(s, a -> a.addons().size()));
        out.println("fargate profiles:" + " " + sum(s, a -> a.fargateProfiles().size()));
        out.println("stale tokens:    " + staleTokens(s));
        out.println("coverage gaps:   " + sum(s, a -> a.coverageGaps().size()));
        out.println("api calls:       " + report.apiCalls());
        out.printf("wall time:       %.1f s%n", report.wallTime().toMillis() / 1000.0);
        out.flush();
        for (AccountSnapshot a : s) {
            a.coverageGaps().forEach(g -> err.println("gap: account " + g.accountId() + " " + g.service() + " " + g.region() + " "
                    + g.operation() + (g.resource() == null ? "" : " " + g.resource()) + ": " + g.errorCode() + " " + g.message()));
        }
        for (ProfileFailure f : report.failures()) {
            err.println("profile " + f.profile() + ": " + f.message());
        }
        err.flush();
    }

    /** "not checked" unless the scan looked, so that no one reads an absent check as "none". */
    private static String staleTokens(List<AccountSnapshot> s) {
        List<StaleTokenCheck> checks = s.stream().flatMap(a -> a.staleTokenChecks().stream()).toList();
        if (checks.isEmpty()) {
            return "not checked (--stale-tokens)";
        }
        long checked = checks.stream().filter(c -> c.status() == StaleTokenCheck.Status.CHECKED).count();
        long subjects = s.stream().flatMap(a -> a.staleTokens().stream())
                .map(o -> o.accountId() + "/" + o.region() + "/" + o.clusterName() + "/" + o.subject()).distinct().count();
        double gb = checks.stream().mapToLong(StaleTokenCheck::bytesScanned).sum() / 1e9;
        return String.format(java.util.Locale.ROOT, "%d service accounts in %d of %d clusters checked (%.2f GB scanned)",
                subjects, checked, checks.size(), gb);
    }

    private static int sum(List<AccountSnapshot> s, ToIntFunction<AccountSnapshot> f) {
        return s.stream().mapToInt(f).sum();
    }
}
