package dev.eksatlas.simulator.faults;

/** What a call is aimed at, as faults and limits see it: account, region ({@code global} for IAM), service, operation. */
public record CallTarget(String accountId, String region, String service, String operation) {
}
