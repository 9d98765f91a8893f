package dev.eksatlas.domain;

/** How many of each thing a snapshot holds, plus the AWS calls it took. */
public record SnapshotCounts(
        int clusters,
        int oidcProviders,
        int roles,
        int associations,
        int addons,
        int fargateProfiles,
        int staleTokens,
        int coverageGaps,
        long apiCalls) {

    public static SnapshotCounts of(AccountSnapshot s, long apiCalls) {
        return new SnapshotCounts(s.clusters().size(), s.oidcProviders().size(), s.roles().size(),
                s.associations().size(), s.addons().size(), s.fargateProfiles().size(),
                s.staleTokens().size(), s.coverageGaps().size(), apiCalls);
    }
}
