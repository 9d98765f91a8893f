package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.policy.ConditionKey;
import dev.eksatlas.domain.Issuers;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IAM OIDC provider named in a trust policy: {@code arn:<partition>:iam::<account>:oidc-provider/<issuer>}.
 * {@link #issuerKey()} is the normalised issuer used to link providers, clusters and grants.
 */
public record OidcProviderRef(String arn, String partition, String accountId, String issuer, String issuerKey, boolean eks,
                              String region) {

    private static final Pattern ARN = Pattern.compile("^arn:([^:]*):iam::([^:]*):oidc-provider/(.+)$");
    private static final Pattern EKS_ISSUER =
            Pattern.compile("^oidc\\.eks\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?/id/[A-Za-z0-9]+$", Pattern.CASE_INSENSITIVE);

    /** The provider an ARN names, or null when it is not an OIDC provider ARN (SAML, Cognito, ...). */
    public static OidcProviderRef parse(String arn) {
        if (arn == null) {
            return null;
        }
        Matcher m = ARN.matcher(arn.strip());
        if (!m.matches()) {
            return null;
        }
        String issuer = m.group(3);
        String region = eksRegion(issuer);
        return new OidcProviderRef(arn.strip(), m.group(1), m.group(2), issuer, issuerKey(issuer), region != null, region);
    }

    /** The region of an EKS-shaped issuer ({@code oidc.eks.<region>.amazonaws.com[.cn]/id/<ID>}), else null. */
    public static String eksRegion(String issuer) {
        String hostPath = Issuers.hostPath(issuer);
        if (hostPath == null) {
            return null;
        }
        Matcher m = EKS_ISSUER.matcher(hostPath);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** How issuers are compared: host and path as IAM writes them, case-insensitively (condition keys are). */
    public static String issuerKey(String issuer) {
        String hostPath = Issuers.hostPath(issuer);
        return hostPath == null ? null : hostPath.toLowerCase(Locale.ROOT);
    }

    /**
     * The issuer a condition key belongs to ({@code <issuer>:sub} → issuer key), or null for global
     * keys such as {@code aws:SourceArn}: an issuer prefix has a dot (a host name) and no colon.
     */
    public static String issuerOfConditionKey(String key) {
        return ConditionKey.of(key).issuer();
    }
}
