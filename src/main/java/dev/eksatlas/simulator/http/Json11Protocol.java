package dev.eksatlas.simulator.http;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * AWS json-1.1 (CloudWatch Logs): {@code POST /} with {@code X-Amz-Target: <prefix>.<Operation>};
 * errors are HTTP 400 (500/503 for server faults) with {@code {"__type": "Code", "message": "..."}}.
 * The SDK reads the code from {@code __type} (or the {@code x-amzn-ErrorType} header, sent too so
 * the simulator's request counts see it). {@code ThrottlingException} makes the SDK back off.
 */
public final class Json11Protocol implements WireProtocol {
    public static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final Map<StandardError, AwsError> standard = new EnumMap<>(StandardError.class);

    public Json11Protocol() {
        standard.put(StandardError.MISSING_AUTHENTICATION, new AwsError(400, "MissingAuthenticationTokenException", "Missing Authentication Token"));
        standard.put(StandardError.INVALID_ACCESS_KEY, new AwsError(400, "UnrecognizedClientException", "The security token included in the request is invalid."));
        standard.put(StandardError.EXPIRED_TOKEN, new AwsError(400, "ExpiredTokenException", "The security token included in the request is expired"));
        standard.put(StandardError.ACCESS_DENIED, new AwsError(400, "AccessDeniedException", "Access denied"));
        standard.put(StandardError.THROTTLED, new AwsError(400, "ThrottlingException", "Rate exceeded"));
        standard.put(StandardError.INTERNAL_FAILURE, new AwsError(500, "InternalFailure", "The request processing has failed because of an unknown error."));
        standard.put(StandardError.SERVICE_UNAVAILABLE, new AwsError(503, "ServiceUnavailableException", "The service cannot complete the request."));
        standard.put(StandardError.UNKNOWN_OPERATION, new AwsError(400, "UnknownOperationException", "Unknown operation"));
    }

    @Override
    public Map<StandardError, AwsError> standardErrors() {
        return Collections.unmodifiableMap(standard);
    }

    @Override
    public AwsResponse render(AwsError error, String requestId) {
        return new AwsResponse(error.status(), CONTENT_TYPE,
                Map.of("x-amzn-ErrorType", error.code(), "x-amzn-RequestId", requestId), JsonBodies.error(error, true));
    }
}
