package dev.eksatlas.simulator.fleet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Draws each cluster's traits in proportions a platform team would recognise, then, when every
 * situation is asked for, changes a few clusters so that each planned trait occurs at least once.
 */
final class ClusterPlanner {
    // The first clusters cycle through the modes so that even a tiny fleet has IRSA and Pod Identity.
    private static final List<IdentityMode> FIRST_MODES =
            List.of(IdentityMode.MIXED, IdentityMode.IRSA_ONLY, IdentityMode.POD_IDENTITY_ONLY, IdentityMode.MIGRATING);

    private final Ids ids;

    ClusterPlanner(Ids ids) {
        this.ids = ids;
    }

    List<ClusterTraits> plan(int clusters, boolean everySituation) {
        List<ClusterTraits> traits = new ArrayList<>(clusters);
        for (int i = 0; i < clusters; i++) {
            traits.add(draw(i < FIRST_MODES.size() ? FIRST_MODES.get(i) : drawMode()));
        }
        if (everySituation) {
            force(traits);
        }
        return traits;
    }

    private IdentityMode drawMode() {
        double r = ids.rng().nextDouble();
        return r < 0.35 ? IdentityMode.IRSA_ONLY : r < 0.60 ? IdentityMode.POD_IDENTITY_ONLY : r < 0.85 ? IdentityMode.MIXED : IdentityMode.MIGRATING;
    }

    private ClusterTraits draw(IdentityMode mode) {
        boolean pi = mode.usesPodIdentity();
        KubernetesVersions.Version v = KubernetesVersions.pick(ids.rng(), pi);
        int platform = KubernetesVersions.pickPlatform(ids.rng(), v, pi);
        boolean auto = pi && Double.parseDouble(v.name()) >= 1.29 && ids.chance(0.15);
        String agent;
        if (auto) {
            agent = null;
        } else if (pi) {
            double r = ids.rng().nextDouble();
            agent = r < 0.06 ? "DEGRADED" : r < 0.12 ? null : "ACTIVE";
        } else {
            agent = ids.chance(0.1) ? "ACTIVE" : null;
        }
        int fargate = !auto && mode.usesIrsa() && ids.chance(0.15) ? (ids.chance(0.3) ? 2 : 1) : 0;
        boolean provider = mode.usesIrsa() ? !ids.chance(0.08) : ids.chance(0.5);
        boolean audit = ids.chance(0.3);
        boolean oldCni = !auto && ids.chance(0.05);
        boolean oldDns = !auto && ids.chance(0.05);
        return new ClusterTraits(mode, v.name(), platform, auto, agent, fargate, provider, audit, oldCni, oldDns);
    }

    private static void force(List<ClusterTraits> traits) {
        Set<Integer> used = new HashSet<>();
        ensure(traits, used, t -> "1.23".equals(t.version()), t -> t.mode() == IdentityMode.IRSA_ONLY,
                t -> t.withVersion("1.23", 16));
        ensure(traits, used, t -> !"1.23".equals(t.version()) && t.belowPodIdentityMinimum(),
                t -> t.mode() == IdentityMode.IRSA_ONLY, t -> t.withVersion("1.26", 3));
        ensure(traits, used, ClusterTraits::autoMode, t -> t.mode().usesPodIdentity() && t.mode() != IdentityMode.MIGRATING,
                t -> (Double.parseDouble(t.version()) >= 1.29 ? t : t.withVersion("1.31", 9)).withAutoMode());
        ensure(traits, used, t -> t.mode().usesPodIdentity() && !t.autoMode() && t.agent() == null,
                t -> t.mode().usesPodIdentity() && !t.autoMode(), t -> t.withAgent(null));
        ensure(traits, used, t -> "DEGRADED".equals(t.agent()), t -> t.mode().usesPodIdentity() && !t.autoMode(),
                t -> t.withAgent("DEGRADED"));
        ensure(traits, used, t -> t.fargateProfiles() > 0, t -> t.mode() == IdentityMode.MIXED && !t.autoMode(),
                t -> t.withFargateProfiles(1));
        ensure(traits, used, t -> t.mode().usesIrsa() && !t.providerCreated(), t -> t.mode() == IdentityMode.IRSA_ONLY,
                t -> t.withProviderCreated(false));
        ensure(traits, used, ClusterTraits::auditLogging, t -> true, ClusterTraits::withAuditLogging);
        ensure(traits, used, ClusterTraits::oldVpcCni, t -> !t.autoMode(), ClusterTraits::withOldVpcCni);
        ensure(traits, used, ClusterTraits::oldCoreDns, t -> !t.autoMode(), ClusterTraits::withOldCoreDns);
    }

    /** When no cluster has the trait, gives it to the first suitable cluster not changed before. */
    private static void ensure(List<ClusterTraits> traits, Set<Integer> used, Predicate<ClusterTraits> has,
            Predicate<ClusterTraits> candidate, UnaryOperator<ClusterTraits> fix) {
        if (traits.stream().anyMatch(has)) {
            return;
        }
        for (int i = FIRST_MODES.size(); i < traits.size(); i++) {
            if (!used.contains(i) && candidate.test(traits.get(i))) {
                traits.set(i, fix.apply(traits.get(i)));
                used.add(i);
                return;
            }
        }
    }
}
