package dev.eksatlas.simulator.http;

/** Who signed a request: the simulated account, the access key, and the identity STS reports for it. */
public record Caller(String accountId, String accessKeyId, String arn, String userId) {
}
