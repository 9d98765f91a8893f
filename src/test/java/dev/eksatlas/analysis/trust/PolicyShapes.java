package dev.eksatlas.analysis.trust;

import java.util.List;

/** The trust policies of {@link TrustPolicyClassifierTest}, ready to use, for tests elsewhere that want every shape. */
public final class PolicyShapes {
    /** The account of the OIDC providers the policies name. */
    public static final String ACCOUNT = Policies.ACCOUNT;

    private PolicyShapes() {
    }

    public static List<String> all() {
        return TrustPolicyClassifierTest.policies().map(a -> Policies.expand((String) a.get()[1])).toList();
    }
}
