package dev.eksatlas.simulator;

import dev.eksatlas.simulator.faults.SimulatorKnobs;
import dev.eksatlas.simulator.fleet.FleetSpec;
import java.time.Clock;
import java.util.Objects;

/**
 * How to start a simulator: which fleet, which loopback port (0 = any free one), the initial
 * faults and limits, and the clock that dates AssumeRole's credentials (nothing else reads it).
 */
public record SimulatorConfig(FleetSpec fleet, int port, SimulatorKnobs knobs, Clock clock) {

    public SimulatorConfig {
        Objects.requireNonNull(fleet, "fleet");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        knobs = knobs == null ? SimulatorKnobs.NONE : knobs;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    public static SimulatorConfig of(FleetSpec fleet) {
        return new SimulatorConfig(fleet, 0, SimulatorKnobs.NONE, Clock.systemUTC());
    }

    public SimulatorConfig withPort(int p) {
        return new SimulatorConfig(fleet, p, knobs, clock);
    }

    public SimulatorConfig withKnobs(SimulatorKnobs k) {
        return new SimulatorConfig(fleet, port, k, clock);
    }
}
