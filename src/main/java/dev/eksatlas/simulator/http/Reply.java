package dev.eksatlas.simulator.http;

/** An answer and how to deliver it. */
public record Reply(AwsResponse response, Delivery delivery) {
    public static Reply normal(AwsResponse response) {
        return new Reply(response, Delivery.NORMAL);
    }
}
