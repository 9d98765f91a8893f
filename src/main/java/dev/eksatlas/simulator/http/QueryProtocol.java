package dev.eksatlas.simulator.http;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The AWS query protocol (IAM, STS): requests are form posts, answers XML in the API version's
 * namespace, errors an {@code <ErrorResponse>} whose {@code Error/Code} the Java SDK v2 maps to the
 * modeled exception (e.g. {@code NoSuchEntity} to {@code NoSuchEntityException}). Throttling is
 * {@code 400 Throttling "Rate exceeded"}, which the SDK recognises by its code.
 */
public final class QueryProtocol implements WireProtocol {
    public static final String CONTENT_TYPE = "text/xml";

    private final String xmlNamespace;
    private final Map<StandardError, AwsError> standard = new EnumMap<>(StandardError.class);

    public QueryProtocol(String xmlNamespace, Map<StandardError, AwsError> overrides) {
        this.xmlNamespace = xmlNamespace;
        standard.put(StandardError.MISSING_AUTHENTICATION, new AwsError(403, "MissingAuthenticationToken", "Request is missing Authentication Token"));
        standard.put(StandardError.INVALID_ACCESS_KEY, new AwsError(403, "InvalidClientTokenId", "The security token included in the request is invalid."));
        standard.put(StandardError.EXPIRED_TOKEN, new AwsError(403, "ExpiredToken", "The security token included in the request is expired"));
        standard.put(StandardError.ACCESS_DENIED, new AwsError(403, "AccessDenied", "Access denied"));
        standard.put(StandardError.THROTTLED, new AwsError(400, "Throttling", "Rate exceeded"));
        standard.put(StandardError.INTERNAL_FAILURE, new AwsError(500, "InternalFailure", "An internal error occurred. Try again."));
        standard.put(StandardError.SERVICE_UNAVAILABLE, new AwsError(503, "ServiceUnavailable", "Service is unavailable. Try again."));
        standard.put(StandardError.UNKNOWN_OPERATION, new AwsError(400, "InvalidAction", "The action or operation requested is invalid."));
        standard.putAll(overrides);
    }

    public String xmlNamespace() {
        return xmlNamespace;
    }

    @Override
    public Map<StandardError, AwsError> standardErrors() {
        return Collections.unmodifiableMap(standard);
    }

    @Override
    public AwsResponse render(AwsError error, String requestId) {
        XmlWriter x = new XmlWriter();
        x.open("ErrorResponse", xmlNamespace)
                .open("Error")
                .element("Type", error.senderFault() ? "Sender" : "Receiver")
                .element("Code", error.code())
                .element("Message", error.message())
                .close()
                .element("RequestId", requestId)
                .close();
        return AwsResponse.of(error.status(), CONTENT_TYPE, x.toString()).withHeader("x-amzn-RequestId", requestId);
    }

    /** A successful answer: {@code <OpResponse><OpResult>...</OpResult><ResponseMetadata/></OpResponse>}. */
    public AwsResponse success(String operation, String requestId, java.util.function.Consumer<XmlWriter> result) {
        XmlWriter x = new XmlWriter();
        x.open(operation + "Response", xmlNamespace).open(operation + "Result");
        result.accept(x);
        x.close().open("ResponseMetadata").element("RequestId", requestId).close().close();
        return AwsResponse.of(200, CONTENT_TYPE, x.toString()).withHeader("x-amzn-RequestId", requestId);
    }
}
