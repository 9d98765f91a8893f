package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.tokens.StaleServiceAccount;
import dev.eksatlas.analysis.tokens.TokenAge;
import dev.eksatlas.analysis.tokens.TokenReadinessAnalyzer;
import java.util.HashMap;
import java.util.Map;

/**
 * Stale service-account tokens seen in audit logs: EKS accepts tokens past their hour for 90 days
 * (7,776,000 s after the warning threshold) and then rejects them. One finding per service account
 * with its largest elapsed time; HIGH in the last week and past the 90 days.
 */
final class StaleTokenRule {

    void apply(ClusterLink link, FleetIndex index, FindingSink sink) {
        for (StaleServiceAccount s : TokenReadinessAnalyzer.staleServiceAccounts(link.cluster(), index.staleTokens(link.key()))) {
            long seconds = s.elapsedSeconds();
            FindingText when = s.age() == TokenAge.REJECTED
                    ? FindingText.of("EKS already rejects it (" + (-s.daysLeft()) + " days past 90)", "finding.text.stale.rejected", -s.daysLeft())
                    : FindingText.of(s.daysLeft() + " days before EKS rejects it at 90 days", "finding.text.stale.daysLeft", s.daysLeft());
            Map<String, String> placeholders = new HashMap<>();
            placeholders.put("<namespace>", s.namespace());
            sink.add(FindingCode.STALE_SERVICE_ACCOUNT_TOKEN, s.age() == TokenAge.AGEING ? Severity.MEDIUM : Severity.HIGH,
                    new FindingSink.Where(link.cluster().accountId(), link.cluster().region(), link.cluster().name(), link.cluster().arn()),
                    FindingText.of("A pod of " + s.subject() + " uses a token " + (seconds / TokenAge.DAY) + " days past its refresh threshold: " + when,
                            "finding.text.stale.token", s.subject(), seconds / TokenAge.DAY, when),
                    s.subject() + ", seconds after warning threshold: " + seconds, placeholders);
        }
    }
}
