package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.domain.StaleTokenObservation;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stale service-account tokens seen in audit logs: EKS accepts tokens past their hour for 90 days
 * (7,776,000 s after the warning threshold) and then rejects them.
 */
final class StaleTokenRule {
    static final long REJECTED_AFTER = 7_776_000L;
    static final long LAST_WEEK = REJECTED_AFTER - 7 * 86_400L;

    void apply(ClusterLink link, FleetIndex index, FindingSink sink) {
        Map<String, Long> oldest = new TreeMap<>();
        for (StaleTokenObservation s : index.staleTokens(link.key())) {
            oldest.merge(s.subject(), s.secondsAfterThreshold(), Math::max);
        }
        oldest.forEach((subject, seconds) -> sink.add(FindingCode.STALE_SERVICE_ACCOUNT_TOKEN,
                seconds >= LAST_WEEK ? Severity.HIGH : Severity.MEDIUM,
                new FindingSink.Where(link.cluster().accountId(), link.cluster().region(), link.cluster().name(), link.cluster().arn()),
                "A pod of " + subject + " uses a token " + (seconds / 86_400) + " days past its refresh threshold; EKS rejects it after 90 days",
                subject + ", seconds after warning threshold: " + seconds, Map.of()));
    }
}
