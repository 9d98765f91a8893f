package dev.eksatlas.analysis.trust;

/**
 * One IRSA grant of a trust policy: a statement trusting an OIDC provider, narrowed to one value of
 * its {@code <issuer>:sub} condition (or to every subject when there is none).
 *
 * @param issuer          as after {@code oidc-provider/} in the principal ARN, no scheme
 * @param eksIssuer       the issuer has the EKS shape {@code oidc.eks.<region>.amazonaws.com[.cn]/id/<ID>}
 * @param partition       from the provider ARN: {@code aws}, {@code aws-cn}, {@code aws-us-gov}, ...
 * @param region          the issuer's region for EKS issuers, else null
 * @param namespace       as written (globs kept); {@code *} when one {@code *} covers namespace and
 *                        service account; null when the subject is not a service-account subject
 * @param serviceAccount  as written, same rules as {@code namespace}
 * @param subject         the raw {@code sub} value, or null when the statement has no positive {@code sub} condition
 * @param operator        the operator carrying the {@code sub} key as written, or null
 * @param audienceChecked the statement constrains {@code <issuer>:aud} to a concrete value
 */
public record IrsaGrant(
        String issuer,
        boolean eksIssuer,
        String partition,
        String region,
        String namespace,
        String serviceAccount,
        String subject,
        String operator,
        boolean audienceChecked) {
}
