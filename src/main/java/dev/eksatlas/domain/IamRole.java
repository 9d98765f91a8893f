package dev.eksatlas.domain;

import java.time.Instant;
import java.util.Map;

/**
 * An IAM role with its trust policy, already URL-decoded (IAM sends it percent-encoded).
 * {@code trustPolicySize} counts characters other than white space, as IAM does against the
 * 2,048-character default quota (4,096 at most).
 * {@code lastUsedAt}, {@code lastUsedRegion} and {@code tags} are only known when GetRole was called
 * ({@code detailsLoaded}); ListRoles does not return them.
 */
public record IamRole(
        String accountId,
        String arn,
        String name,
        String path,
        Instant createdAt,
        int maxSessionDuration,
        String trustPolicy,
        int trustPolicySize,
        boolean detailsLoaded,
        Instant lastUsedAt,
        String lastUsedRegion,
        Map<String, String> tags) {

    public static final int DEFAULT_TRUST_POLICY_LIMIT = 2048;
    public static final int MAX_TRUST_POLICY_LIMIT = 4096;

    public IamRole {
        tags = Tags.copyOf(tags);
    }

    /** Characters that count against the trust-policy quota: everything but white space. */
    public static int policySize(String policy) {
        if (policy == null) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < policy.length(); i++) {
            if (!Character.isWhitespace(policy.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
