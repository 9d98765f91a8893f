package dev.eksatlas.simulator.fleet;

import java.time.Instant;
import java.util.Locale;

/**
 * What fleet to generate. Presets: {@code tiny} (1 account, 1 region, 3 clusters; unit tests),
 * {@code demo} (3 accounts prod/staging/sandbox, 3 regions, 25 clusters, about 300 roles and 240
 * associations, every {@link SituationKind} but the provider quota at least once) and {@code large} (10 accounts, 4 regions
 * each, 300 clusters, 10,000 roles, 6,000 associations, one account with 100 OIDC providers;
 * benchmarks). Every size can be changed one by one with the {@code with...} methods.
 *
 * <p>{@code clusters} and {@code associations} are exact. {@code roles} is exact unless the clusters
 * and associations need more roles than that (then there are more). {@code oidcProvidersInBusiestAccount}
 * pads the first account with orphaned providers up to that many (0 = no padding).
 * {@code everySituation} forces at least one of each situation when the sizes allow it.
 * {@code referenceTime} is "now" for the fleet's timestamps, so the content never depends on the clock.
 */
public record FleetSpec(
        String preset,
        long seed,
        int accounts,
        int regionsPerAccount,
        int clusters,
        int roles,
        int associations,
        int oidcProvidersInBusiestAccount,
        boolean everySituation,
        Instant referenceTime) {

    public static final long DEFAULT_SEED = 20_261_101L;
    public static final Instant DEFAULT_REFERENCE_TIME = Instant.parse("2026-11-01T00:00:00Z");

    public FleetSpec {
        if (accounts < 1 || regionsPerAccount < 1 || regionsPerAccount > Regions.POOL.size()) {
            throw new IllegalArgumentException("need at least 1 account and 1 to " + Regions.POOL.size() + " regions per account");
        }
        if (clusters < 0 || roles < 0 || associations < 0 || oidcProvidersInBusiestAccount < 0 || oidcProvidersInBusiestAccount > 100) {
            throw new IllegalArgumentException("sizes must not be negative; at most 100 OIDC providers per account");
        }
        preset = preset == null ? "custom" : preset;
        referenceTime = referenceTime == null ? DEFAULT_REFERENCE_TIME : referenceTime;
    }

    public static FleetSpec tiny() {
        return new FleetSpec("tiny", DEFAULT_SEED, 1, 1, 3, 20, 8, 0, false, DEFAULT_REFERENCE_TIME);
    }

    public static FleetSpec demo() {
        return new FleetSpec("demo", DEFAULT_SEED, 3, 3, 25, 300, 240, 0, true, DEFAULT_REFERENCE_TIME);
    }

    public static FleetSpec large() {
        return new FleetSpec("large", DEFAULT_SEED, 10, 4, 300, 10_000, 6_000, 100, true, DEFAULT_REFERENCE_TIME);
    }

    /** {@code tiny}, {@code demo} or {@code large}. */
    public static FleetSpec preset(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tiny" -> tiny();
            case "demo" -> demo();
            case "large" -> large();
            default -> throw new IllegalArgumentException("unknown fleet preset '" + name + "' (tiny, demo, large)");
        };
    }

    public FleetSpec withSeed(long s) {
        return new FleetSpec(preset, s, accounts, regionsPerAccount, clusters, roles, associations, oidcProvidersInBusiestAccount, everySituation, referenceTime);
    }

    public FleetSpec withAccounts(int n) {
        return new FleetSpec(preset, seed, n, regionsPerAccount, clusters, roles, associations, oidcProvidersInBusiestAccount, everySituation, referenceTime);
    }

    public FleetSpec withRegionsPerAccount(int n) {
        return new FleetSpec(preset, seed, accounts, n, clusters, roles, associations, oidcProvidersInBusiestAccount, everySituation, referenceTime);
    }

    public FleetSpec withClusters(int n) {
        return new FleetSpec(preset, seed, accounts, regionsPerAccount, n, roles, associations, oidcProvidersInBusiestAccount, everySituation, referenceTime);
    }

    public FleetSpec withRoles(int n) {
        return new FleetSpec(preset, seed, accounts, regionsPerAccount, clusters, n, associations, oidcProvidersInBusiestAccount, everySituation, referenceTime);
    }

    public FleetSpec withAssociations(int n) {
        return new FleetSpec(preset, seed, accounts, regionsPerAccount, clusters, roles, n, oidcProvidersInBusiestAccount, everySituation, referenceTime);
    }

    public FleetSpec withOidcProvidersInBusiestAccount(int n) {
        return new FleetSpec(preset, seed, accounts, regionsPerAccount, clusters, roles, associations, n, everySituation, referenceTime);
    }

    public FleetSpec withEverySituation(boolean every) {
        return new FleetSpec(preset, seed, accounts, regionsPerAccount, clusters, roles, associations, oidcProvidersInBusiestAccount, every, referenceTime);
    }
}
