package dev.eksatlas.report;

import dev.eksatlas.analysis.FleetAnalysis;
import dev.eksatlas.analysis.linkage.AssociationLink;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code associations}: every EKS Pod Identity association with every field EKS returns, then its
 * health as the analysis judges it from the scanned trust policies (empty when its cluster could
 * not be described, so nothing was judged) and, when it is not OK, why.
 */
public final class AssociationReport {
    public static final String NAME = "associations";

    private AssociationReport() {
    }

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

    /** The record's columns followed by the analysis columns. */
    public static ReportDefinition<AssociationLink> analysedDefinition() {
        ReportDefinition<AssociationLink> record = definition().on(AssociationLink::association);
        List<Column<AssociationLink>> columns = new ArrayList<>(record.columns());
        columns.add(Column.text("health", "Health", AssociationLink::health));
        columns.add(Column.text("health_detail", "Health detail", AssociationLink::detail));
        return new ReportDefinition<>(NAME, record.description(), columns, record.order());
    }

    public static AnalysedReport<AssociationLink> report() {
        return AnalysedReport.of(analysedDefinition(), AssociationReport::links, l -> l.association().accountId(),
                (l, scope) -> scope.includesCluster(l.association().accountId(), l.association().region(), l.association().clusterName()));
    }

    /** Every association of the snapshots with its link; one whose cluster the analysis has not (not described) gets none. */
    static List<AssociationLink> links(List<AccountSnapshot> snapshots, FleetAnalysis analysis) {
        Map<PodIdentityAssociation, AssociationLink> judged = new HashMap<>();
        analysis.clusters().forEach(c -> c.link().associations().forEach(l -> judged.putIfAbsent(l.association(), l)));
        return snapshots.stream().flatMap(s -> s.associations().stream())
                .map(a -> judged.getOrDefault(a, new AssociationLink(a, null, null, null, null)))
                .toList();
    }
}
