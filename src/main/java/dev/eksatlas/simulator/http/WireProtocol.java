package dev.eksatlas.simulator.http;

import java.util.Map;

/**
 * How one AWS protocol (rest-json, query, and later json-1.1) spells errors. Services render their
 * successful answers themselves; every error goes through here so it has the protocol's shape.
 */
public interface WireProtocol {

    /** The code, status and default message this protocol uses for each standard error. */
    Map<StandardError, AwsError> standardErrors();

    /** A standard error in this protocol's spelling, with {@code message} instead of the default one when given. */
    default AwsError standard(StandardError kind, String message) {
        AwsError base = standardErrors().get(kind);
        return message == null ? base : new AwsError(base.status(), base.code(), message, base.senderFault(), base.fields());
    }

    /** The error as bytes on the wire, with {@code requestId} where the protocol carries one. */
    AwsResponse render(AwsError error, String requestId);
}
