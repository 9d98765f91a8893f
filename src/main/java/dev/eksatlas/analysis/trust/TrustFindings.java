package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.policy.PolicyStatement;
import dev.eksatlas.analysis.policy.StatementRef;
import java.util.ArrayList;
import java.util.List;

/** Collects one policy's findings in the order the checks raise them; messages start with the statement. */
final class TrustFindings {
    private final List<TrustFinding> list = new ArrayList<>();

    void add(FindingCode code, PolicyStatement statement, String issuerKey, String evidence, FindingText message) {
        add(code, code.severity(), statement, issuerKey, evidence, message);
    }

    void add(FindingCode code, Severity severity, PolicyStatement statement, String issuerKey, String evidence, FindingText message) {
        add(code, severity, statement == null ? null : statement.ref(), issuerKey, evidence, message);
    }

    void add(FindingCode code, Severity severity, StatementRef ref, String issuerKey, String evidence, FindingText message) {
        FindingText text;
        if (ref == null) {
            text = new FindingText(capitalised(message.english()), message.key(), message.args());
        } else {
            FindingText label = StatementLabels.start(ref);
            text = FindingText.of(label.english() + " " + message.english(), "finding.text.statement", label, message);
        }
        list.add(new TrustFinding(code, severity, text.english(), ref, evidence, issuerKey, text));
    }

    List<TrustFinding> list() {
        return List.copyOf(list);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
