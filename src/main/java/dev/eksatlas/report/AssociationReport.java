package dev.eksatlas.report;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.util.List;

/** {@code associations}: every EKS Pod Identity association with every field EKS returns. */
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

    public static Report<Sourced<PodIdentityAssociation>> report() {
        return SnapshotReport.of(definition(), AccountSnapshot::associations,
                (a, scope) -> scope.includesCluster(a.accountId(), a.region(), a.clusterName()));
    }
}
