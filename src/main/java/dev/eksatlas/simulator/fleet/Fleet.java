package dev.eksatlas.simulator.fleet;

import dev.eksatlas.domain.AccountSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * A generated fleet: the accounts the simulator serves, and the ground truth for tests.
 * {@link #snapshots()} gives one {@link AccountSnapshot} per account with everything a complete scan
 * should read (trust policies decoded, GetRole details loaded); {@link #situations()} lists what was
 * planted (see {@link SituationKind}), sorted.
 */
public record Fleet(FleetSpec spec, List<SimulatedAccount> accounts, List<PlantedSituation> situations) {

    public Fleet {
        accounts = List.copyOf(accounts);
        situations = List.copyOf(situations);
    }

    public static Fleet generate(FleetSpec spec) {
        return FleetGenerator.generate(spec);
    }

    public List<AccountSnapshot> snapshots() {
        return accounts.stream().map(SimulatedAccount::snapshot).toList();
    }

    public Optional<SimulatedAccount> account(String accountId) {
        return accounts.stream().filter(a -> a.accountId().equals(accountId)).findFirst();
    }

    /** By short name ({@code prod}) or profile name ({@code demo-prod}). */
    public SimulatedAccount accountNamed(String name) {
        return accounts.stream().filter(a -> a.name().equals(name) || a.profile().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no simulated account named " + name));
    }

    public List<PlantedSituation> situations(SituationKind kind) {
        return situations.stream().filter(s -> s.kind() == kind).toList();
    }
}
