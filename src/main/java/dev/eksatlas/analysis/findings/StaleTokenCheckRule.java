package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.StaleTokenCheck;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cluster whose stale-token check was asked for but could not be made for want of an audit log:
 * never a silent "no stale tokens". Clusters scanned without the check get nothing here (their
 * views say "not checked"); a check that failed is a coverage gap.
 */
final class StaleTokenCheckRule {

    void apply(ClusterLink link, List<AccountSnapshot> snapshots, FindingSink sink) {
        EksCluster c = link.cluster();
        StaleTokenCheck check = snapshots.stream().filter(s -> s.accountId().equals(c.accountId()))
                .flatMap(s -> s.staleTokenChecks().stream())
                .filter(k -> Objects.equals(k.region(), c.region()) && Objects.equals(k.clusterName(), c.name()))
                .findFirst().orElse(null);
        if (check == null || (check.status() != StaleTokenCheck.Status.AUDIT_LOGGING_OFF && check.status() != StaleTokenCheck.Status.NO_LOG_GROUP)) {
            return;
        }
        boolean off = check.status() == StaleTokenCheck.Status.AUDIT_LOGGING_OFF;
        sink.add(FindingCode.STALE_TOKEN_CHECK_UNAVAILABLE, FindingCode.STALE_TOKEN_CHECK_UNAVAILABLE.severity(),
                new FindingSink.Where(c.accountId(), c.region(), c.name(), c.arn()),
                FindingText.of("Stale service-account tokens of cluster " + c.name() + " could not be checked: "
                        + (off ? "its audit log is not sent to CloudWatch Logs" : "its log group " + StaleTokenCheck.logGroupName(c.name()) + " was not found"),
                        off ? "finding.text.staleCheck.auditOff" : "finding.text.staleCheck.noLogGroup",
                        off ? new Object[] {c.name()} : new Object[] {c.name(), StaleTokenCheck.logGroupName(c.name())}),
                off ? "control-plane logs enabled: " + (c.loggingTypesEnabled().isEmpty() ? "none" : String.join(", ", c.loggingTypesEnabled()))
                        : "audit logging enabled; no log group " + StaleTokenCheck.logGroupName(c.name()),
                Map.of("<cluster>", c.name()));
    }
}
