package dev.eksatlas.scan;

import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.eks.model.Addon;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.FargateProfileSelector;
import software.amazon.awssdk.services.eks.model.LogSetup;
import software.amazon.awssdk.services.iam.model.Role;

/** The boundary where SDK model objects become domain records; no SDK type goes further. */
final class SdkRecords {
    private SdkRecords() {
    }

    static EksCluster cluster(String accountId, String region, Cluster c) {
        String issuer = c.identity() != null && c.identity().oidc() != null ? c.identity().oidc().issuer() : null;
        List<String> logging = c.logging() == null ? List.of() : c.logging().clusterLogging().stream()
                .filter(s -> Boolean.TRUE.equals(s.enabled()))
                .map(LogSetup::typesAsStrings)
                .flatMap(List::stream)
                .sorted()
                .toList();
        String authMode = c.accessConfig() == null ? null : c.accessConfig().authenticationModeAsString();
        boolean autoMode = c.computeConfig() != null && Boolean.TRUE.equals(c.computeConfig().enabled());
        return new EksCluster(accountId, region, c.name(), c.arn(), c.version(), c.platformVersion(), c.statusAsString(),
                issuer, logging, authMode, autoMode, c.createdAt(), c.tags());
    }

    /** {@code details} is GetRole's answer (last use and tags), or null when it was not called or failed. */
    static IamRole role(String accountId, Role listed, String decodedPolicy, Role details) {
        Role source = details != null ? details : listed;
        var lastUsed = details == null ? null : details.roleLastUsed();
        return new IamRole(accountId, listed.arn(), listed.roleName(), listed.path(), listed.createDate(),
                source.maxSessionDuration() == null ? 3600 : source.maxSessionDuration(), decodedPolicy,
                IamRole.policySize(decodedPolicy), details != null,
                lastUsed == null ? null : lastUsed.lastUsedDate(), lastUsed == null ? null : lastUsed.region(),
                details == null ? Map.of() : IamScanner.tags(details.tags()));
    }

    static PodIdentityAssociation association(String accountId, String region,
            software.amazon.awssdk.services.eks.model.PodIdentityAssociation a) {
        return new PodIdentityAssociation(accountId, region, a.clusterName(), a.associationId(), a.associationArn(),
                a.namespace(), a.serviceAccount(), a.roleArn(), a.targetRoleArn(), a.externalId(), a.disableSessionTags(),
                a.ownerArn(), a.policy(), a.createdAt(), a.modifiedAt(), a.tags());
    }

    static EksAddon addon(String accountId, String region, Addon a) {
        return new EksAddon(accountId, region, a.clusterName(), a.addonName(), a.addonArn(), a.addonVersion(),
                a.statusAsString(), a.serviceAccountRoleArn(), a.podIdentityAssociations(), a.createdAt());
    }

    static FargateProfile fargate(String accountId, String region, software.amazon.awssdk.services.eks.model.FargateProfile f) {
        List<FargateProfile.Selector> selectors = f.selectors().stream()
                .map((FargateProfileSelector s) -> new FargateProfile.Selector(s.namespace(), s.labels()))
                .toList();
        return new FargateProfile(accountId, region, f.clusterName(), f.fargateProfileName(), f.fargateProfileArn(),
                f.statusAsString(), f.podExecutionRoleArn(), selectors);
    }
}
