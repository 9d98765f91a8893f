package dev.eksatlas.simulator.http;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * AWS rest-json errors (EKS): the code travels in the {@code x-amzn-ErrorType} header, which the Java
 * SDK v2 reads first, and the body is {@code {"message": "..."}} plus the exception's modeled members.
 * HTTP 429 and the code {@code ThrottlingException} both make the SDK treat the answer as throttling.
 */
public final class RestJsonProtocol implements WireProtocol {
    public static final String CONTENT_TYPE = "application/json";

    private final Map<StandardError, AwsError> standard = new EnumMap<>(StandardError.class);

    public RestJsonProtocol(Map<StandardError, AwsError> overrides) {
        // API Gateway-fronted services answer an unsigned request this way.
        standard.put(StandardError.MISSING_AUTHENTICATION, new AwsError(403, "MissingAuthenticationTokenException", "Missing Authentication Token"));
        standard.put(StandardError.INVALID_ACCESS_KEY, new AwsError(403, "UnrecognizedClientException", "The security token included in the request is invalid."));
        standard.put(StandardError.EXPIRED_TOKEN, new AwsError(403, "ExpiredTokenException", "The security token included in the request is expired"));
        standard.put(StandardError.ACCESS_DENIED, new AwsError(403, "AccessDeniedException", "Access denied"));
        standard.put(StandardError.THROTTLED, new AwsError(429, "ThrottlingException", "Rate exceeded"));
        standard.put(StandardError.INTERNAL_FAILURE, new AwsError(500, "InternalFailure", "We encountered an internal error. Please try again."));
        standard.put(StandardError.SERVICE_UNAVAILABLE, new AwsError(503, "ServiceUnavailableException", "Service is unavailable. Please try again."));
        standard.put(StandardError.UNKNOWN_OPERATION, new AwsError(404, "UnknownOperationException", "Unknown operation"));
        standard.putAll(overrides);
    }

    @Override
    public Map<StandardError, AwsError> standardErrors() {
        return Collections.unmodifiableMap(standard);
    }

    @Override
    public AwsResponse render(AwsError error, String requestId) {
        return new AwsResponse(error.status(), CONTENT_TYPE,
                Map.of("x-amzn-ErrorType", error.code(), "x-amzn-RequestId", requestId), JsonBodies.error(error, false));
    }
}
