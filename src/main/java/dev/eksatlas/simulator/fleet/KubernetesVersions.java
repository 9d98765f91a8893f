package dev.eksatlas.simulator.fleet;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Kubernetes versions the fleet runs, how common each is, the newest EKS platform version of each,
 * and the platform versions EKS Pod Identity needs: 1.24 ≥ eks.13, 1.25 ≥ eks.10, 1.26 ≥ eks.9,
 * 1.27 ≥ eks.8, 1.28 ≥ eks.4, 1.29 and later any, 1.23 and earlier never.
 */
final class KubernetesVersions {
    record Version(String name, int weight, int newestPlatform, int podIdentityMinimum) {
    }

    static final List<Version> ALL = List.of(
            new Version("1.23", 3, 16, Integer.MAX_VALUE),
            new Version("1.24", 3, 22, 13),
            new Version("1.25", 4, 21, 10),
            new Version("1.26", 5, 22, 9),
            new Version("1.27", 7, 25, 8),
            new Version("1.28", 10, 22, 4),
            new Version("1.29", 14, 19, 1),
            new Version("1.30", 17, 15, 1),
            new Version("1.31", 16, 11, 1),
            new Version("1.32", 13, 7, 1),
            new Version("1.33", 8, 5, 1));

    private static final Map<String, Version> BY_NAME = java.util.stream.Stream.of(ALL.toArray(Version[]::new))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Version::name, v -> v));

    private KubernetesVersions() {
    }

    static Version get(String name) {
        return BY_NAME.get(name);
    }

    static Version pick(RandomGenerator rng, boolean podIdentityCapable) {
        int total = 0;
        for (Version v : ALL) {
            total += eligible(v, podIdentityCapable) ? v.weight() : 0;
        }
        int r = rng.nextInt(total);
        for (Version v : ALL) {
            if (eligible(v, podIdentityCapable)) {
                r -= v.weight();
                if (r < 0) {
                    return v;
                }
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** A platform version number: recent ones are likelier; at or above the Pod Identity minimum when asked. */
    static int pickPlatform(RandomGenerator rng, Version v, boolean podIdentityCapable) {
        int low = podIdentityCapable ? v.podIdentityMinimum() : 1;
        int span = v.newestPlatform() - low + 1;
        // The larger of two draws leans towards the newest platform version, as auto-upgrades do.
        return low + Math.max(rng.nextInt(span), rng.nextInt(span));
    }

    static boolean supportsPodIdentity(String version, String platformVersion) {
        Version v = get(version);
        int platform = Integer.parseInt(platformVersion.substring(platformVersion.indexOf('.') + 1));
        return v != null && platform >= v.podIdentityMinimum();
    }

    private static boolean eligible(Version v, boolean podIdentityCapable) {
        return !podIdentityCapable || v.podIdentityMinimum() <= v.newestPlatform();
    }
}
