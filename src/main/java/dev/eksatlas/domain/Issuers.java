package dev.eksatlas.domain;

import java.util.Locale;

/** OIDC issuer spellings: EKS reports {@code https://host/path}; IAM keys and ARNs use {@code host/path}. */
public final class Issuers {
    private Issuers() {
    }

    public static String hostPath(String issuer) {
        if (issuer == null) {
            return null;
        }
        String s = issuer.strip();
        if (s.regionMatches(true, 0, "https://", 0, 8)) {
            s = s.substring(8);
        } else if (s.regionMatches(true, 0, "http://", 0, 7)) {
            s = s.substring(7);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int slash = s.indexOf('/');
        // Host names are case-insensitive; the path (the cluster's ID) is kept as written.
        return slash < 0 ? s.toLowerCase(Locale.ROOT) : s.substring(0, slash).toLowerCase(Locale.ROOT) + s.substring(slash);
    }
}
