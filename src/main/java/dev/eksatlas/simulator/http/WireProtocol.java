package dev.eksatlas.simulator.http;

/**
 * How one AWS protocol (rest-json, query, and later json-1.1) spells errors. Services render their
 * successful answers themselves; every error goes through here so it has the protocol's shape.
 */
public interface WireProtocol {

    /** The code, status and default message this protocol uses for a standard error. */
    AwsError standard(StandardError kind, String message);

    /** The error as bytes on the wire, with {@code requestId} where the protocol carries one. */
    AwsResponse render(AwsError error, String requestId);
}
