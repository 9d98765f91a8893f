package dev.eksatlas.simulator.fleet;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.StaleTokenObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A generated fleet: the accounts the simulator serves, and the ground truth for tests.
 * {@link #snapshots()} gives one {@link AccountSnapshot} per account with everything a complete scan
 * should read (trust policies decoded, GetRole details loaded); {@link #situations()} lists what was
 * planted (see {@link SituationKind}), sorted. {@link #auditLog()} is what CloudWatch Logs holds for
 * clusters with audit logging: the stale-token events (kept out of the snapshots, because a scan
 * reads them only when asked to).
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

    /** The stale-token audit events of every cluster with {@code audit} logging, cluster by cluster in scan order. */
    public List<AuditLogEvent> auditLog() {
        return accounts.stream().flatMap(a -> a.snapshot().clusters().stream()).flatMap(c -> auditLog(c).stream()).toList();
    }

    /** The stale-token audit events of one cluster (none without {@code audit} logging). */
    public List<AuditLogEvent> auditLog(EksCluster cluster) {
        return AuditLogGenerator.events(spec.seed(), cluster);
    }

    /**
     * What a stale-token scan with the guide's query over {@code window} ending at {@code queryEnd}
     * should store: one observation per event in the window (ends included), in {@link #auditLog()} order.
     */
    public List<StaleTokenObservation> staleTokens(Instant queryEnd, Duration window) {
        return auditLog().stream().filter(e -> e.ageSeconds() <= window.toSeconds()).map(e -> e.observedAt(queryEnd)).toList();
    }
}
