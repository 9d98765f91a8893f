package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.policy.ConditionClause;
import dev.eksatlas.analysis.policy.ConditionEvaluator;
import dev.eksatlas.analysis.policy.PolicyStatement;
import dev.eksatlas.analysis.policy.RequestContext;
import dev.eksatlas.analysis.policy.StatementRef;
import dev.eksatlas.analysis.policy.Truth;
import java.util.List;

/**
 * Whether a role trusts EKS Pod Identity: an Allow statement for the service principal
 * {@code pods.eks.amazonaws.com} covering {@code sts:AssumeRole}. {@code tagSession} tells whether
 * {@code sts:TagSession} is allowed too (EKS passes session tags unless an association disables
 * them). {@code scopingConditions} are the conditions of the trusting statements; {@code denies}
 * the Deny statements that can take Pod Identity away.
 */
public record PodIdentityTrust(
        boolean trusted,
        boolean tagSession,
        List<PolicyStatement> statements,
        List<ConditionClause> scopingConditions,
        List<PolicyStatement> denies) {

    public static final String SERVICE = "pods.eks.amazonaws.com";
    /** The statement the EKS user guide gives for Pod Identity roles (Sid as in the guide). */
    public static final String RECOMMENDED_STATEMENT = "{\"Sid\":\"AllowEksAuthToAssumeRoleForPodIdentity\",\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"pods.eks.amazonaws.com\"},\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"]}";
    public static final PodIdentityTrust NONE = new PodIdentityTrust(false, false, List.of(), List.of(), List.of());

    public PodIdentityTrust {
        statements = List.copyOf(statements);
        scopingConditions = List.copyOf(scopingConditions);
        denies = List.copyOf(denies);
    }

    /** A trusting statement carries no condition at all: any association in the account may use the role. */
    public boolean unconditioned() {
        return trusted && statements.stream().anyMatch(s -> s.conditions().isEmpty());
    }

    /** Some trusting statement tests a session tag EKS sets ({@code aws:RequestTag/...}). */
    public boolean scopedByRequestTags() {
        return trusted && scopingConditions.stream().anyMatch(c -> c.keyLower().startsWith("aws:requesttag/"));
    }

    public List<StatementRef> statementRefs() {
        return statements.stream().map(PolicyStatement::ref).toList();
    }

    /** Whether an AssumeRole by EKS Pod Identity with this request would be allowed by the trust policy. */
    public Truth admits(RequestContext request) {
        Truth allowed = Truth.FALSE;
        for (PolicyStatement s : statements) {
            allowed = allowed.or(ConditionEvaluator.evaluate(s.conditions(), request).truth());
        }
        Truth denied = Truth.FALSE;
        for (PolicyStatement d : denies) {
            denied = denied.or(ConditionEvaluator.evaluate(d.conditions(), request).truth());
        }
        return allowed.and(denied.not());
    }
}
