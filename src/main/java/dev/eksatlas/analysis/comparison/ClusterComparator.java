package dev.eksatlas.analysis.comparison;

import dev.eksatlas.analysis.findings.PodIdentitySupport;
import dev.eksatlas.analysis.linkage.AssociationLink;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.linkage.RoleAnalysis;
import dev.eksatlas.analysis.linkage.RoleGrant;
import dev.eksatlas.analysis.policy.Glob;
import dev.eksatlas.analysis.trust.PolicySize;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.OidcProvider;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Fills a cluster's six comparison rows with its measured facts, its matrix and its readiness. */
public final class ClusterComparator {
    private final FleetIndex index;
    private final MatrixBuilder matrixBuilder;
    private final ReadinessAssessor readiness;

    public ClusterComparator(FleetIndex index) {
        this.index = index;
        this.matrixBuilder = new MatrixBuilder(index);
        this.readiness = new ReadinessAssessor(index);
    }

    public ClusterComparison compare(ClusterLink link) {
        List<ServiceAccountRow> matrix = matrixBuilder.build(link);
        List<RoleAnalysis> irsaRoles = link.irsaRoleArns().stream().map(index::role).filter(Objects::nonNull).toList();
        List<ComparisonRow> rows = List.of(
                roleExtensibility(link, irsaRoles),
                clusterScalability(link),
                roleScalability(irsaRoles),
                roleReusability(link, matrix),
                supportedEnvironments(link),
                supportedVersions(link));
        return new ClusterComparison(link.cluster(), rows, readiness.assess(link, rows, matrix, irsaRoles), matrix);
    }

    private RoleExtensibilityRow roleExtensibility(ClusterLink link, List<RoleAnalysis> irsaRoles) {
        int shared = (int) irsaRoles.stream().filter(ClusterComparator::sharedAcrossClusters).count();
        List<AssociationLink> associations = link.associations();
        List<String> roles = associations.stream().map(a -> a.association().roleArn()).distinct().toList();
        long trusting = associations.stream().filter(a -> a.role() != null && a.role().trust().podIdentity().trusted())
                .map(a -> a.role().arn()).distinct().count();
        return new RoleExtensibilityRow(link.irsaRoleArns().size(), shared, roles.size(), (int) trusting);
    }

    static boolean sharedAcrossClusters(RoleAnalysis r) {
        return r.trust().activeGrants().stream().filter(g -> g.grant().eksIssuer()).map(g -> g.issuerKey()).distinct().count() > 1;
    }

    private ClusterScalabilityRow clusterScalability(ClusterLink link) {
        String account = link.cluster().accountId();
        AccountSnapshot snapshot = index.snapshot(account);
        int inAccount = snapshot != null && index.coverage().iamProvidersComplete(account) ? snapshot.oidcProviders().size() : -1;
        List<String> others = link.crossAccountProviders().stream().map(OidcProvider::accountId).distinct().sorted().toList();
        return new ClusterScalabilityRow(link.localProvider().isPresent(), others, inAccount, 100, link.activeGrants().size());
    }

    private RoleScalabilityRow roleScalability(List<RoleAnalysis> irsaRoles) {
        RoleAnalysis largest = irsaRoles.stream()
                .max(Comparator.comparingInt((RoleAnalysis r) -> r.trust().size().characters()).thenComparing(RoleAnalysis::arn, Comparator.reverseOrder()))
                .orElse(null);
        int near = (int) irsaRoles.stream().filter(r -> r.trust().size().nearDefaultLimit()).count();
        int over = (int) irsaRoles.stream().filter(r -> r.trust().size().overDefaultLimit()).count();
        if (largest == null) {
            return new RoleScalabilityRow(null, 0, 0, 0, 0, near, over);
        }
        PolicySize s = largest.trust().size();
        return new RoleScalabilityRow(largest.arn(), s.characters(), s.statements(), s.moreIrsaUnderDefault(), s.moreIrsaUnderMax(), near, over);
    }

    private RoleReusabilityRow roleReusability(ClusterLink link, List<ServiceAccountRow> matrix) {
        List<AssociationLink> associations = link.associations();
        int tagsDisabled = (int) associations.stream().filter(a -> a.association().sessionTagsDisabled()).count();
        List<RoleAnalysis> trusting = associations.stream().map(AssociationLink::role)
                .filter(r -> r != null && r.trust().podIdentity().trusted()).distinct().toList();
        int scoped = (int) trusting.stream().filter(r -> r.trust().podIdentity().scopedByRequestTags()).count();
        int irsaAccounts = (int) matrix.stream().filter(r -> r.status() != MatrixStatus.WILDCARD_GRANT && !r.irsaRoleArns().isEmpty()
                && r.status() != MatrixStatus.IRSA_BROKEN).count();
        Map<String, List<RoleGrant>> byRole = link.activeGrants().stream().collect(Collectors.groupingBy(RoleGrant::roleArn));
        int serving = (int) byRole.values().stream().filter(gs -> gs.size() > 1 || gs.stream().anyMatch(g -> g.grant().pattern())).count();
        return new RoleReusabilityRow(associations.size(), tagsDisabled, scoped, trusting.size() - scoped, irsaAccounts, serving);
    }

    private SupportedEnvironmentsRow supportedEnvironments(ClusterLink link) {
        List<FargateProfile> profiles = link.fargateProfiles();
        List<String> namespaces = profiles.stream().flatMap(f -> f.selectors().stream()).map(FargateProfile.Selector::namespace)
                .distinct().sorted().toList();
        int onFargate = (int) link.associations().stream()
                .filter(a -> namespaces.stream().anyMatch(ns -> Glob.matches(ns, a.association().namespace()))).count();
        return new SupportedEnvironmentsRow(profiles.size(), namespaces, onFargate, link.cluster().autoMode());
    }

    private SupportedVersionsRow supportedVersions(ClusterLink link) {
        EksCluster c = link.cluster();
        PodIdentitySupport support = PodIdentitySupport.of(c.version(), c.platformVersion());
        var addon = link.addon(EksAddon.POD_IDENTITY_AGENT);
        AgentStatus agent;
        if (c.autoMode()) {
            agent = AgentStatus.BUILT_IN;
        } else if (addon.isPresent()) {
            agent = "ACTIVE".equals(addon.get().status()) ? AgentStatus.ACTIVE : AgentStatus.NOT_ACTIVE;
        } else {
            agent = index.coverage().clusterPartComplete(link.key(), "addon") ? AgentStatus.MISSING : AgentStatus.UNKNOWN;
        }
        return new SupportedVersionsRow(c.version(), c.platformVersion(), support.status(), support.minimumPlatformVersion(),
                agent, addon.map(EksAddon::version).orElse(null));
    }
}
