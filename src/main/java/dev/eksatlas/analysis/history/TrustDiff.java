package dev.eksatlas.analysis.history;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksatlas.analysis.policy.PolicyText;
import dev.eksatlas.analysis.trust.IrsaGrant;
import dev.eksatlas.analysis.trust.StatementGrant;
import dev.eksatlas.analysis.trust.TrustAnalysis;
import dev.eksatlas.analysis.trust.TrustPolicyClassifier;
import dev.eksatlas.domain.IamRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a role's trust changed, ignoring layout (white space, key order of the JSON), and if so
 * how: IRSA grants added and removed, Pod Identity trust gained or lost, size.
 */
final class TrustDiff {
    private final ObjectMapper mapper = new ObjectMapper();
    private final TrustPolicyClassifier classifier = new TrustPolicyClassifier();

    List<String> compare(IamRole before, IamRole after) {
        if (sameDocument(before.trustPolicy(), after.trustPolicy())) {
            return List.of();
        }
        TrustAnalysis a = classifier.classify(before.trustPolicy());
        TrustAnalysis b = classifier.classify(after.trustPolicy());
        List<String> out = new ArrayList<>();
        Set<String> old = grants(a);
        Set<String> now = grants(b);
        now.stream().filter(g -> !old.contains(g)).forEach(g -> out.add("grant added: " + g));
        old.stream().filter(g -> !now.contains(g)).forEach(g -> out.add("grant removed: " + g));
        if (a.podIdentity().trusted() != b.podIdentity().trusted()) {
            out.add("Pod Identity trust: " + a.podIdentity().trusted() + " -> " + b.podIdentity().trusted());
        }
        if (a.size().characters() != b.size().characters()) {
            out.add("trust policy size: " + a.size().characters() + " -> " + b.size().characters());
        }
        if (out.isEmpty()) {
            out.add("trust policy changed");
        }
        return out;
    }

    private boolean sameDocument(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        JsonNode x = tree(a);
        JsonNode y = tree(b);
        return x != null && x.equals(y);
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? null : mapper.readTree(PolicyText.decode(text));
        } catch (JacksonException | RuntimeException e) {
            return null;
        }
    }

    private static Set<String> grants(TrustAnalysis t) {
        Set<String> out = new LinkedHashSet<>();
        for (StatementGrant g : t.grants()) {
            IrsaGrant i = g.grant();
            out.add(i.issuer() + " " + (i.subject() == null ? "(any subject)" : i.subject()) + (g.active() ? "" : " [" + g.state() + "]"));
        }
        return out;
    }
}
