package dev.eksatlas.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An IAM OpenID Connect provider. {@code url} is as GetOpenIDConnectProvider returns it: host and
 * path without a scheme. IAM allows 100 of these per account.
 */
public record OidcProvider(
        String accountId,
        String arn,
        String url,
        List<String> clientIds,
        List<String> thumbprints,
        Instant createdAt,
        Map<String, String> tags) {

    public OidcProvider {
        clientIds = clientIds == null ? List.of() : List.copyOf(clientIds);
        thumbprints = thumbprints == null ? List.of() : List.copyOf(thumbprints);
        tags = Tags.copyOf(tags);
    }

    public String issuerHostPath() {
        return Issuers.hostPath(url);
    }
}
