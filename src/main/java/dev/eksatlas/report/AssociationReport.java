package dev.eksatlas.report;

import dev.eksatlas.analysis.linkage.AssociationLink;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code associations}: every EKS Pod Identity association with every field EKS returns, then its
 * health as the analysis judges it from the scanned trust policies (empty when its cluster could
 * not be described, so nothing was judged) and, when it is not OK, why.
 */
public final class AssociationReport {
    public static final String NAME = "associations";

    /** An association with the analysis' link (whose health is null when its cluster was not described). */
    public record Row(Provenance source, AssociationLink link) {
        public PodIdentityAssociation association() {
            return link.association();
        }
    }

    private AssociationReport() {
    }

    /** The association's own columns, as EKS returns them. */
    public static ReportDefinition<PodIdentityAssociation> definition() {
        return new ReportDefinition<>(NAME, "EKS Pod Identity associations", List.of(
                Column.<PodIdentityAssociation>text("region", "Region", PodIdentityAssociation::region),
                Column.<PodIdentityAssociation>text("cluster", "Cluster", PodIdentityAssociation::clusterName),
                Column.<PodIdentityAssociation>text("namespace", "Namespace", PodIdentityAssociation::namespace),
                Column.<PodIdentityAssociation>text("service_account", "Service account", PodIdentityAssociation::serviceAccount),
                Column.<PodIdentityAssociation>text("role_arn", "Role ARN", PodIdentityAssociation::roleArn),
                Column.<PodIdentityAssociation>text("target_role_arn", "Target role ARN", PodIdentityAssociation::targetRoleArn),
                Column.<PodIdentityAssociation>text("external_id", "External ID", PodIdentityAssociation::externalId),
                Column.<PodIdentityAssociation>bool("session_tags_disabled", "Session tags disabled",
                        PodIdentityAssociation::disableSessionTags),
                Column.<PodIdentityAssociation>text("owner_arn", "Owner ARN", PodIdentityAssociation::ownerArn),
                Column.<PodIdentityAssociation>text("session_policy", "Session policy", PodIdentityAssociation::policy),
                Column.<PodIdentityAssociation>text("association_id", "Association ID", PodIdentityAssociation::associationId),
                Column.<PodIdentityAssociation>text("association_arn", "Association ARN", PodIdentityAssociation::associationArn),
                Column.<PodIdentityAssociation>instant("created_at", "Created", PodIdentityAssociation::createdAt),
                Column.<PodIdentityAssociation>instant("modified_at", "Modified", PodIdentityAssociation::modifiedAt),
                Column.<PodIdentityAssociation>text("tags", "Tags", PodIdentityAssociation::tags)),
                Orders.<PodIdentityAssociation, String>by(PodIdentityAssociation::accountId)
                        .thenComparing(Orders.by(PodIdentityAssociation::region))
                        .thenComparing(Orders.by(PodIdentityAssociation::clusterName))
                        .thenComparing(Orders.by(PodIdentityAssociation::namespace))
                        .thenComparing(Orders.by(PodIdentityAssociation::serviceAccount))
                        .thenComparing(Orders.by(PodIdentityAssociation::associationId)));
    }

    /** The report: provenance, the association's own columns, then its health. */
    public static ReportDefinition<Row> analysedDefinition() {
        ReportDefinition<Row> record = definition().on(Row::association);
        List<Column<Row>> columns = new ArrayList<>(record.columns());
        columns.add(Column.text("health", "Health", r -> r.link().health()));
        columns.add(Column.text("health_detail", "Health detail", r -> r.link().detail()));
        return Provenance.prepend(new ReportDefinition<>(NAME, record.description(), columns, record.order()), Row::source);
    }

    public static Report<Row> report(FleetAnalyses analyses) {
        return new AnalysisReport<>(analysedDefinition(), analyses, AssociationReport::rows);
    }

    /**
     * Every association of the snapshots with its link, e.g. for the window; one whose cluster the
     * analysis does not have (DescribeCluster failed) is listed with no health.
     */
    public static Stream<Row> rows(AnalysedFleet fleet, ClusterScope scope) {
        Map<PodIdentityAssociation, AssociationLink> judged = new HashMap<>();
        fleet.analysis().clusters().forEach(c -> c.link().associations().forEach(l -> judged.putIfAbsent(l.association(), l)));
        return fleet.snapshots().stream().flatMap(s -> s.associations().stream())
                .filter(a -> scope.includesCluster(a.accountId(), a.region(), a.clusterName()))
                .map(a -> new Row(fleet.provenanceOf(a.accountId()), judged.getOrDefault(a, new AssociationLink(a, null, null, null, null))));
    }
}
