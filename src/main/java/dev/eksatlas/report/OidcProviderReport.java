package dev.eksatlas.report;

import dev.eksatlas.analysis.linkage.ProviderSummary;
import dev.eksatlas.domain.OidcProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code oidc-providers}: the IAM OIDC providers of each account (100 per account by default),
 * then what the analysis says of each: linked to a scanned cluster, orphaned, uncertain (its
 * region was not fully scanned) or not an EKS issuer; the linked clusters; the roles trusting it.
 * Limited to a cluster, it keeps the providers for the cluster's issuer, in any account (a role in
 * another account needs its own provider for the same issuer).
 */
public final class OidcProviderReport {
    public static final String NAME = "oidc-providers";

    /** A provider as the analysis sees it. */
    public record Row(Provenance source, ProviderSummary summary) {
        public OidcProvider provider() {
            return summary.provider();
        }
    }

    private OidcProviderReport() {
    }

    /** The provider's own columns, as IAM returns them. */
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

    /** The report: provenance, the provider's own columns, then the analysis columns. */
    public static ReportDefinition<Row> analysedDefinition() {
        ReportDefinition<Row> record = definition().on(Row::provider);
        List<Column<Row>> columns = new ArrayList<>(record.columns());
        columns.add(Column.text("status", "Status", r -> r.summary().status()));
        columns.add(Column.text("linked_clusters", "Linked clusters", r -> r.summary().linkedClusterArns()));
        columns.add(Column.number("trusting_roles", "Roles trusting it", r -> r.summary().trustingRoleArns().size()));
        return Provenance.prepend(new ReportDefinition<>(NAME, record.description(), columns, record.order()), Row::source);
    }

    public static Report<Row> report(FleetAnalyses analyses) {
        return new AnalysisReport<>(analysedDefinition(), analyses, OidcProviderReport::rows);
    }

    /** The rows of an analysed fleet, e.g. the window's. */
    public static Stream<Row> rows(AnalysedFleet fleet, ClusterScope scope) {
        return fleet.analysis().providers().stream()
                .filter(s -> scope.isAll() || s.provider().issuerHostPath() != null && scope.issuers().contains(s.provider().issuerHostPath()))
                .map(s -> new Row(fleet.provenanceOf(s.provider().accountId()), s));
    }
}
