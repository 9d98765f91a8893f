package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.policy.Glob;
import java.util.regex.Pattern;

/**
 * The Kubernetes service-account subject {@code system:serviceaccount:<namespace>:<name>} that EKS
 * puts in every projected token's {@code sub} claim.
 */
public record ServiceAccountSubject(String namespace, String serviceAccount) {

    public static final String PREFIX = "system:serviceaccount:";
    // Namespaces are DNS-1123 labels, service accounts DNS-1123 subdomains: lower case only.
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    static final ServiceAccountSubject ANY = new ServiceAccountSubject("*", "*");

    public static String subjectOf(String namespace, String serviceAccount) {
        return PREFIX + namespace + ":" + serviceAccount;
    }

    /**
     * Splits a {@code sub} value; globs are kept as written when {@code glob} is set. A single
     * {@code *} spanning both parts gives {@code *} for both. Returns null for other subjects.
     */
    public static ServiceAccountSubject parse(String subject, boolean glob) {
        if (subject == null) {
            return null;
        }
        if (subject.startsWith(PREFIX)) {
            String rest = subject.substring(PREFIX.length());
            int colon = rest.indexOf(':');
            if (colon > 0 && colon < rest.length() - 1) {
                return new ServiceAccountSubject(rest.substring(0, colon), rest.substring(colon + 1));
            }
            if (colon < 0 && glob && rest.endsWith("*")) {
                return rest.equals("*") ? ANY : new ServiceAccountSubject(rest, "*");
            }
            return null;
        }
        if (glob) {
            String prefix = Glob.literalPrefix(subject);
            if (prefix.length() < subject.length() && subject.charAt(prefix.length()) == '*' && PREFIX.startsWith(prefix)) {
                return ANY;
            }
        }
        return null;
    }

    /** Whether a glob could match some service-account subject at all. */
    public static boolean globCanMatchServiceAccount(String glob) {
        String prefix = Glob.literalPrefix(glob);
        if (prefix.length() == glob.length()) {
            return parse(glob, false) != null;
        }
        return prefix.startsWith(PREFIX) || PREFIX.startsWith(prefix);
    }

    /** Why an exact subject can never be a real service account, or null when it can. */
    public FindingText invalidReason() {
        if (!LABEL.matcher(namespace).matches()) {
            return FindingText.of("namespace '" + namespace + "' is not a valid Kubernetes name", "finding.text.why.namespaceName", namespace);
        }
        if (serviceAccount.length() > 253 || !SUBDOMAIN.matcher(serviceAccount).matches()) {
            return FindingText.of("service account '" + serviceAccount + "' is not a valid Kubernetes name",
                    "finding.text.why.serviceAccountName", serviceAccount);
        }
        return null;
    }

    public boolean wildcard() {
        return Glob.hasWildcard(namespace) || Glob.hasWildcard(serviceAccount);
    }
}
