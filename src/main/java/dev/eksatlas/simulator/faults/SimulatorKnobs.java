package dev.eksatlas.simulator.faults;

import java.time.Duration;
import java.util.List;

/**
 * Faults and limits, changeable while the simulator runs ({@code FleetSimulator.setKnobs}).
 *
 * @param latency      added to every call
 * @param jitter       up to this much more, at random
 * @param throttleRps  requests per second allowed per account, service and region (0 = no limit);
 *                     beyond it the service's throttling error
 * @param failRate     share of calls (0..1) answered 500 or 503 (alternately)
 * @param deny         access-denied rules, see {@link DenyRule}
 * @param maxPageSize  largest page any list answer gives (0 = as AWS: the caller's limit or the default)
 * @param slowShare    share of answers sent slowly: headers, then {@code slowPause}, then the body
 * @param slowPause    the pause of a slow answer
 * @param dropShare    share of answers cut off mid-body (connection closed)
 */
public record SimulatorKnobs(
        Duration latency,
        Duration jitter,
        double throttleRps,
        double failRate,
        List<DenyRule> deny,
        int maxPageSize,
        double slowShare,
        Duration slowPause,
        double dropShare) {

    public static final SimulatorKnobs NONE =
            new SimulatorKnobs(Duration.ZERO, Duration.ZERO, 0, 0, List.of(), 0, 0, Duration.ofSeconds(2), 0);

    public SimulatorKnobs {
        latency = latency == null ? Duration.ZERO : latency;
        jitter = jitter == null ? Duration.ZERO : jitter;
        deny = deny == null ? List.of() : List.copyOf(deny);
        slowPause = slowPause == null ? Duration.ZERO : slowPause;
        requireShare(failRate, "failRate");
        requireShare(slowShare, "slowShare");
        requireShare(dropShare, "dropShare");
        if (throttleRps < 0 || maxPageSize < 0) {
            throw new IllegalArgumentException("throttleRps and maxPageSize must not be negative");
        }
    }

    private static void requireShare(double share, String name) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + share);
        }
    }

    public SimulatorKnobs withLatency(Duration fixed, Duration extraJitter) {
        return new SimulatorKnobs(fixed, extraJitter, throttleRps, failRate, deny, maxPageSize, slowShare, slowPause, dropShare);
    }

    public SimulatorKnobs withThrottleRps(double rps) {
        return new SimulatorKnobs(latency, jitter, rps, failRate, deny, maxPageSize, slowShare, slowPause, dropShare);
    }

    public SimulatorKnobs withFailRate(double rate) {
        return new SimulatorKnobs(latency, jitter, throttleRps, rate, deny, maxPageSize, slowShare, slowPause, dropShare);
    }

    public SimulatorKnobs withDeny(List<DenyRule> rules) {
        return new SimulatorKnobs(latency, jitter, throttleRps, failRate, rules, maxPageSize, slowShare, slowPause, dropShare);
    }

    public SimulatorKnobs withMaxPageSize(int size) {
        return new SimulatorKnobs(latency, jitter, throttleRps, failRate, deny, size, slowShare, slowPause, dropShare);
    }

    public SimulatorKnobs withSlowAnswers(double share, Duration pause) {
        return new SimulatorKnobs(latency, jitter, throttleRps, failRate, deny, maxPageSize, share, pause, dropShare);
    }

    public SimulatorKnobs withDropShare(double share) {
        return new SimulatorKnobs(latency, jitter, throttleRps, failRate, deny, maxPageSize, slowShare, slowPause, share);
    }
}
