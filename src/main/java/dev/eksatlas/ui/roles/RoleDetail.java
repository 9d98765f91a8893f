package dev.eksatlas.ui.roles;

import dev.eksatlas.analysis.findings.Finding;
import java.util.List;

/**
 * What the detail pane shows of one role: its trust-policy size against the quota, the clusters
 * it trusts, its findings, and its trust policy pretty-printed with each statement's marks.
 * {@code policyText} is the pretty-printed policy the copy button copies; {@code policyNote} is
 * a line about the policy (why it is not laid out) or empty.
 */
public record RoleDetail(String name, String arn, Gauge gauge, List<Mark> clusters, List<Finding> findings,
                         List<Block> policy, String policyText, String policyNote) {

    public RoleDetail {
        clusters = List.copyOf(clusters);
        findings = List.copyOf(findings);
        policy = List.copyOf(policy);
    }

    /** How full the trust policy is; {@code fractionOfMax} places it on a 0–4,096 scale whose middle is the 2,048 default. */
    public record Gauge(int characters, double fractionOfMax, Level level, String text, String room) {
    }

    public enum Level { OK, NEAR_DEFAULT, OVER_DEFAULT, NEAR_MAX }

    /** A label on a statement or in the cluster list; {@code colour} is the cluster's colour index, -1 for none. */
    public record Mark(Kind kind, String label, int colour) {
    }

    public enum Kind { CLUSTER, UNSCANNED_ISSUER, POD_IDENTITY }

    /**
     * A box of the policy view: a statement (at the left margin) with its marks, or the text
     * around the statements (no marks, {@code statement} -1).
     */
    public record Block(String text, int statement, List<Mark> marks) {
        public Block {
            marks = List.copyOf(marks);
        }
    }
}
