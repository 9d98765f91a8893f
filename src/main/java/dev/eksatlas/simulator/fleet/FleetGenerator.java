package dev.eksatlas.simulator.fleet;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.AwsAccount;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGeneratorFactory;

/**
 * Generates a fleet from a {@link FleetSpec}. Everything is drawn from one seeded generator
 * (L64X128MixRandom, whose algorithm is fixed across JDK releases) in a fixed order, with no hash
 * ordering and no clock, so the same spec always gives the same fleet, byte for byte.
 */
public final class FleetGenerator {
    private static final List<String> ACCOUNT_NAMES =
            List.of("prod", "staging", "sandbox", "shared", "data", "ml", "security", "dev", "qa", "edge");
    private static final List<String> FIXED_IDS = List.of("111122223333", "444455556666", "777788889999");

    private FleetGenerator() {
    }

    public static Fleet generate(FleetSpec spec) {
        Ids ids = new Ids(RandomGeneratorFactory.of("L64X128MixRandom").create(spec.seed()), spec.referenceTime());
        Forced forced = new Forced(spec.everySituation());
        List<AccountBuilder> accounts = accounts(spec, ids);
        List<ClusterTraits> traits = new ClusterPlanner(ids).plan(spec.clusters(), spec.everySituation());
        List<ClusterDraft> clusters = createClusters(spec, ids, accounts, traits);

        WorkloadGenerator workloads = new WorkloadGenerator(ids, accounts, forced);
        int[] associations = Allocation.associations(ids, clusters, spec.associations());
        for (int i = 0; i < clusters.size(); i++) {
            ClusterDraft c = clusters.get(i);
            c.migratingSlots = c.traits.mode() == IdentityMode.MIGRATING && associations[i] > 0 ? Math.max(1, associations[i] / 3) : 0;
            workloads.addAssociations(c, associations[i] - c.migratingSlots);
        }
        int[] irsa = Allocation.irsaWorkloads(ids, clusters, irsaBudget(spec, accounts));
        for (int i = 0; i < clusters.size(); i++) {
            workloads.addIrsaWorkloads(clusters.get(i), irsa[i]);
        }
        SharedRoles shared = new SharedRoles(ids, forced);
        AccountExtras extras = new AccountExtras(ids, forced);
        ClusterAttachments attachments = new ClusterAttachments(ids, workloads);
        for (AccountBuilder a : accounts) {
            shared.add(a);
            a.clusters.forEach(attachments::attach);
            extras.addStandardRoles(a, accounts);
            extras.addGitHub(a);
            extras.addOrphanedProviders(a, spec.oidcProvidersInBusiestAccount());
        }
        fillRoles(spec, ids, accounts, extras);
        return build(spec, accounts);
    }

    private static List<AccountBuilder> accounts(FleetSpec spec, Ids ids) {
        List<AccountBuilder> out = new ArrayList<>();
        for (int i = 0; i < spec.accounts(); i++) {
            String name = i < ACCOUNT_NAMES.size() ? ACCOUNT_NAMES.get(i) : "acct" + (i + 1);
            String id = i < FIXED_IDS.size() ? FIXED_IDS.get(i) : String.format("%012d", 210_000_000_000L + i * 1_357_913_579L);
            out.add(new AccountBuilder(i, name, id, Regions.forAccount(i, spec.regionsPerAccount()), ids));
        }
        return out;
    }

    private static List<ClusterDraft> createClusters(FleetSpec spec, Ids ids, List<AccountBuilder> accounts, List<ClusterTraits> traits) {
        int[] perAccount = Allocation.weighted(spec.clusters(), accounts.size());
        ClusterFactory factory = new ClusterFactory(ids);
        List<ClusterDraft> out = new ArrayList<>();
        int next = 0;
        for (int a = 0; a < accounts.size(); a++) {
            AccountBuilder account = accounts.get(a);
            for (int j = 0; j < perAccount[a]; j++) {
                out.add(factory.create(account, account.regions.get(j % account.regions.size()), traits.get(next++)));
            }
        }
        return out;
    }

    /** Roles left for per-cluster IRSA workloads once Pod Identity, shared, standard and filler roles are counted. */
    private static int irsaBudget(FleetSpec spec, List<AccountBuilder> accounts) {
        int existing = accounts.stream().mapToInt(a -> a.roles.size()).sum();
        int perAccount = 2 + 3 + 2;
        return spec.roles() - existing - perAccount * accounts.size() - spec.roles() / 20;
    }

    private static void fillRoles(FleetSpec spec, Ids ids, List<AccountBuilder> accounts, AccountExtras extras) {
        int missing = spec.roles() - accounts.stream().mapToInt(a -> a.roles.size()).sum();
        if (missing <= 0) {
            return;
        }
        int[] perAccount = Allocation.weighted(missing, accounts.size());
        for (int i = 0; i < accounts.size(); i++) {
            extras.addOtherRoles(accounts.get(i), perAccount[i]);
        }
    }

    private static Fleet build(FleetSpec spec, List<AccountBuilder> accounts) {
        List<SimulatedAccount> out = new ArrayList<>();
        List<PlantedSituation> situations = new ArrayList<>();
        for (AccountBuilder a : accounts) {
            List<IamRole> roles = new ArrayList<>(a.roles.values());
            roles.sort(Comparator.comparing(IamRole::name));
            List<OidcProvider> providers = new ArrayList<>(a.providers);
            providers.sort(Comparator.comparing(OidcProvider::arn));
            ScanOrder order = new ScanOrder(a.regions, a.clusterRecords());
            AccountSnapshot snapshot = new AccountSnapshot(new AwsAccount(a.id, "aws", a.alias), profileName(spec, a),
                    a.regions, spec.referenceTime(), spec.referenceTime(), order.clusters(), providers, roles,
                    order.sort(a.associations, p -> p.region(), p -> p.clusterName()),
                    order.sort(a.addons, ad -> ad.region(), ad -> ad.clusterName()),
                    order.sort(a.fargateProfiles, f -> f.region(), f -> f.clusterName()), List.of(), List.of(), 0, null);
            out.add(new SimulatedAccount(a.name, profileName(spec, a), AccessKeys.forAccount(a.id),
                    AccessKeys.secretFor(a.id), a.regions.getFirst(), snapshot, a.infrastructure));
            situations.addAll(new SituationFinder(a).find());
        }
        situations.sort(PlantedSituation.ORDER);
        return new Fleet(spec, out, situations);
    }

    private static String profileName(FleetSpec spec, AccountBuilder a) {
        return spec.preset() + "-" + a.name;
    }
}
