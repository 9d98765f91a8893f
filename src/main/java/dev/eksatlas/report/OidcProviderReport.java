package dev.eksatlas.report;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.OidcProvider;
import java.util.List;

/**
 * {@code oidc-providers}: the IAM OIDC providers of each account (100 per account by default).
 * Limited to a cluster, it keeps the providers for the cluster's issuer, in any account (a role in
 * another account needs its own provider for the same issuer).
 */
public final class OidcProviderReport {
    public static final String NAME = "oidc-providers";

    private OidcProviderReport() {
    }

    public static ReportDefinition<OidcProvider> definition() {
        return new ReportDefinition<>(NAME, "IAM OpenID Connect providers", List.of(
                Column.<OidcProvider>text("issuer", "Issuer", OidcProvider::url),
                Column.<OidcProvider>text("provider_arn", "Provider ARN", OidcProvider::arn),
                Column.<OidcProvider>text("client_ids", "Audiences (client IDs)", OidcProvider::clientIds),
                Column.<OidcProvider>text("thumbprints", "Thumbprints", OidcProvider::thumbprints),
                Column.<OidcProvider>instant("created_at", "Created", OidcProvider::createdAt),
                Column.<OidcProvider>text("tags", "Tags", OidcProvider::tags)),
                Orders.<OidcProvider, String>by(OidcProvider::accountId)
                        .thenComparing(Orders.by(OidcProvider::url))
                        .thenComparing(Orders.by(OidcProvider::arn)));
    }

    public static Report<Sourced<OidcProvider>> report() {
        return SnapshotReport.of(definition(), AccountSnapshot::oidcProviders,
                (p, scope) -> p.issuerHostPath() != null && scope.issuers().contains(p.issuerHostPath()));
    }
}
