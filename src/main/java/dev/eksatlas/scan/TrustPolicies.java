package dev.eksatlas.scan;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * IAM returns a role's trust policy percent-encoded (RFC 3986) and the Java SDK v2 does not decode
 * it (aws-sdk-java-v2 #4229); it is decoded once, here, before anything else sees it.
 */
final class TrustPolicies {
    private TrustPolicies() {
    }

    static String decode(String wire) {
        if (wire == null) {
            return null;
        }
        String trimmed = wire.strip();
        // Already JSON (some endpoints and tools send it decoded): leave it as it is.
        if (trimmed.startsWith("{")) {
            return wire;
        }
        try {
            return URLDecoder.decode(wire, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return wire;
        }
    }

    /** Whether GetRole is worth calling: the trust involves an OIDC provider or EKS Pod Identity. */
    static boolean involvesWorkloadIdentity(String policy) {
        return policy != null && (policy.contains(":oidc-provider/") || policy.contains("pods.eks.amazonaws.com"));
    }
}
