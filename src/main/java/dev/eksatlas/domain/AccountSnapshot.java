package dev.eksatlas.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one scan read about one account: what the scanner produces and what the inventory
 * stores and gives back, as one immutable value. {@code run} is null until the inventory has
 * stored it (then it carries the snapshot's id). {@code staleTokenChecks} says for which clusters
 * the stale-token check ran and how (empty when the scan was not asked to check: "not checked").
 */
public record AccountSnapshot(
        AwsAccount account,
        String profile,
        List<String> regions,
        Instant startedAt,
        Instant finishedAt,
        List<EksCluster> clusters,
        List<OidcProvider> oidcProviders,
        List<IamRole> roles,
        List<PodIdentityAssociation> associations,
        List<EksAddon> addons,
        List<FargateProfile> fargateProfiles,
        List<StaleTokenObservation> staleTokens,
        List<StaleTokenCheck> staleTokenChecks,
        List<CoverageGap> coverageGaps,
        long apiCalls,
        ScanRun run) {

    public AccountSnapshot {
        Objects.requireNonNull(account, "account");
        regions = copy(regions);
        clusters = copy(clusters);
        oidcProviders = copy(oidcProviders);
        roles = copy(roles);
        associations = copy(associations);
        addons = copy(addons);
        fargateProfiles = copy(fargateProfiles);
        staleTokens = copy(staleTokens);
        staleTokenChecks = copy(staleTokenChecks);
        coverageGaps = copy(coverageGaps);
    }

    /** A snapshot without stale-token checks (the scan was not asked to look at audit logs). */
    public AccountSnapshot(AwsAccount account, String profile, List<String> regions, Instant startedAt, Instant finishedAt,
            List<EksCluster> clusters, List<OidcProvider> oidcProviders, List<IamRole> roles,
            List<PodIdentityAssociation> associations, List<EksAddon> addons, List<FargateProfile> fargateProfiles,
            List<StaleTokenObservation> staleTokens, List<CoverageGap> coverageGaps, long apiCalls, ScanRun run) {
        this(account, profile, regions, startedAt, finishedAt, clusters, oidcProviders, roles, associations, addons,
                fargateProfiles, staleTokens, List.of(), coverageGaps, apiCalls, run);
    }

    public ScanStatus status() {
        return coverageGaps.isEmpty() ? ScanStatus.COMPLETE : ScanStatus.PARTIAL;
    }

    public String accountId() {
        return account.accountId();
    }

    public AccountSnapshot withRun(ScanRun stored) {
        return new AccountSnapshot(account, profile, regions, startedAt, finishedAt, clusters, oidcProviders, roles,
                associations, addons, fargateProfiles, staleTokens, staleTokenChecks, coverageGaps, apiCalls, stored);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
