package dev.eksatlas.simulator;

import dev.eksatlas.simulator.eks.EksService;
import dev.eksatlas.simulator.faults.FaultInjector;
import dev.eksatlas.simulator.faults.ScriptedFault;
import dev.eksatlas.simulator.faults.SimulatorKnobs;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetIndex;
import dev.eksatlas.simulator.http.SimulatorServer;
import dev.eksatlas.simulator.iam.IamService;
import dev.eksatlas.simulator.logs.LogsService;
import dev.eksatlas.simulator.sts.StsService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The AWS simulator: a loopback HTTP server speaking EKS (rest-json), IAM and STS (query) and
 * CloudWatch Logs (json-1.1) for a
 * generated fleet. Point SDK clients at {@link #endpoint()} with static credentials
 * {@code AKIASIM<account-id>} (see {@link dev.eksatlas.simulator.fleet.AccessKeys}) and any region.
 *
 * <pre>{@code
 * try (FleetSimulator sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()))) {
 *     URI endpoint = sim.endpoint();
 *     List<AccountSnapshot> truth = sim.fleet().snapshots();
 * }
 * }</pre>
 */
public final class FleetSimulator implements AutoCloseable {
    private final Fleet fleet;
    private final SimulatorServer server;
    private final FaultInjector faults;
    private final RequestCounts counts;
    private final LogsService logs;

    private FleetSimulator(Fleet fleet, SimulatorServer server, FaultInjector faults, RequestCounts counts, LogsService logs) {
        this.fleet = fleet;
        this.server = server;
        this.faults = faults;
        this.counts = counts;
        this.logs = logs;
    }

    /** Generates the fleet and starts serving it on 127.0.0.1. */
    public static FleetSimulator start(SimulatorConfig config) {
        return start(config, Fleet.generate(config.fleet()));
    }

    /** Serves an already generated fleet (tests that start several simulators generate once). */
    public static FleetSimulator start(SimulatorConfig config, Fleet fleet) {
        FleetIndex index = new FleetIndex(fleet);
        FaultInjector faults = new FaultInjector(config.knobs());
        RequestCounts counts = new RequestCounts();
        LogsService logs = new LogsService(index, () -> faults.knobs().maxPageSize());
        RequestDispatcher dispatcher = new RequestDispatcher(List.of(
                new EksService(index, () -> faults.knobs().maxPageSize()),
                new IamService(index, () -> faults.knobs().maxPageSize()),
                new StsService(index, config.clock()),
                logs),
                new CallerResolver(index, config.clock()), faults, counts);
        try {
            return new FleetSimulator(fleet, SimulatorServer.start(config.port(), dispatcher), faults, counts, logs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + config.port(), e);
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI endpoint() {
        return server.endpoint();
    }

    public int port() {
        return server.port();
    }

    /** The fleet served, with its ground truth. */
    public Fleet fleet() {
        return fleet;
    }

    public SimulatorKnobs knobs() {
        return faults.knobs();
    }

    /** Changes faults and limits from the next request on (rate-limit buckets start over). */
    public void setKnobs(SimulatorKnobs knobs) {
        faults.setKnobs(knobs);
    }

    public void updateKnobs(UnaryOperator<SimulatorKnobs> change) {
        faults.setKnobs(change.apply(faults.knobs()));
    }

    /** The next {@code count} calls of {@code operation} (null = any) get {@code fault}, whatever the knobs say. */
    public void scriptNext(ScriptedFault fault, int count, String operation) {
        faults.scriptNext(fault, count, operation);
    }

    /** Forgets faults scripted with {@link #scriptNext} that have not happened yet. */
    public void clearScripted() {
        faults.clearScripted();
    }

    /** Logs Insights queries started and neither complete nor stopped (see {@link LogsService#queriesInProgress()}). */
    public long logsQueriesInProgress() {
        return logs.queriesInProgress();
    }

    public RequestCounts requestCounts() {
        return counts;
    }

    /** Bytes sent so far by endless and gigantic answers ({@code ScriptedFault.ENDLESS_BODY}, {@code GIGANTIC_BODY}). */
    public long floodedBytes() {
        return server.floodedBytes();
    }

    @Override
    public void close() {
        server.close();
    }
}
