package dev.eksatlas.simulator.fleet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The fleet's accounts by ID, for the services. */
public final class FleetIndex {
    private final Fleet fleet;
    private final Map<String, AccountIndex> accounts = new LinkedHashMap<>();

    public FleetIndex(Fleet fleet) {
        this.fleet = fleet;
        fleet.accounts().forEach(a -> accounts.put(a.accountId(), new AccountIndex(a)));
    }

    public Fleet fleet() {
        return fleet;
    }

    public Optional<AccountIndex> account(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }
}
