package dev.eksatlas.report;

import dev.eksatlas.analysis.linkage.ProviderSummary;
import dev.eksatlas.domain.OidcProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code oidc-providers}: the IAM OIDC providers of each account (100 per account by default),
 * then what the analysis says of each: linked to a scanned cluster, orphaned, uncertain (its
 * region was not fully scanned) or not an EKS issuer; the linked clusters; the roles trusting it.
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

    /** The record's columns followed by the analysis columns. */
    public static ReportDefinition<ProviderSummary> analysedDefinition() {
        ReportDefinition<ProviderSummary> record = definition().on(ProviderSummary::provider);
        List<Column<ProviderSummary>> columns = new ArrayList<>(record.columns());
        columns.add(Column.text("status", "Status", ProviderSummary::status));
        columns.add(Column.text("linked_clusters", "Linked clusters", ProviderSummary::linkedClusterArns));
        columns.add(Column.number("trusting_roles", "Roles trusting it", s -> s.trustingRoleArns().size()));
        return new ReportDefinition<>(NAME, record.description(), columns, record.order());
    }

    public static AnalysedReport<ProviderSummary> report() {
        return AnalysedReport.of(analysedDefinition(), (snapshots, analysis) -> analysis.providers(),
                s -> s.provider().accountId(), (s, scope) -> s.provider().issuerHostPath() != null
                        && scope.issuers().contains(s.provider().issuerHostPath()));
    }
}
