package dev.eksatlas.simulator;

import dev.eksatlas.simulator.faults.CallTarget;
import dev.eksatlas.simulator.faults.FaultDecision;
import dev.eksatlas.simulator.faults.FaultInjector;
import dev.eksatlas.simulator.http.AwsError;
import dev.eksatlas.simulator.http.AwsResponse;
import dev.eksatlas.simulator.http.Call;
import dev.eksatlas.simulator.http.CredentialScope;
import dev.eksatlas.simulator.http.Delivery;
import dev.eksatlas.simulator.http.RawRequest;
import dev.eksatlas.simulator.http.Reply;
import dev.eksatlas.simulator.http.RestJsonProtocol;
import dev.eksatlas.simulator.http.SimulatedService;
import dev.eksatlas.simulator.http.StableIds;
import dev.eksatlas.simulator.http.StandardError;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns a raw request into an answer: which service (by the credential scope's service name, else
 * by the request's shape), who calls, which operation, what faults say, then the service itself.
 * Every request is counted.
 */
final class RequestDispatcher implements Function<RawRequest, Reply> {
    private static final RestJsonProtocol FALLBACK = new RestJsonProtocol(Map.of());

    private final List<SimulatedService> services;
    private final CallerResolver callers;
    private final FaultInjector faults;
    private final RequestCounts counts;

    RequestDispatcher(List<SimulatedService> services, CallerResolver callers, FaultInjector faults, RequestCounts counts) {
        this.services = List.copyOf(services);
        this.callers = callers;
        this.faults = faults;
        this.counts = counts;
    }

    @Override
    public Reply apply(RawRequest request) {
        Optional<CredentialScope> scope = CredentialScope.of(request);
        // Sorted query: the request's parameter map has no stable order of its own.
        String query = request.query().isEmpty() ? "" : new TreeMap<>(request.query()).toString();
        String requestId = StableIds.requestId(request.method() + " " + request.path() + " " + query
                + " " + request.bodyText() + " " + scope.map(CredentialScope::accessKeyId).orElse(""));
        SimulatedService service = route(request, scope);
        if (service == null) {
            counts.record("unknown", request.method() + " " + request.path(), "UnknownOperationException");
            return Reply.normal(FALLBACK.render(FALLBACK.standard(StandardError.UNKNOWN_OPERATION, null), requestId));
        }
        String operation = service.operation(request);
        String opName = operation == null ? "unknown" : operation;
        if (scope.isEmpty()) {
            return fail(service, opName, StandardError.MISSING_AUTHENTICATION, null, requestId);
        }
        CallerResolver.Result caller = callers.resolve(scope.get(), request.header("x-amz-security-token"));
        if (caller.error() != null) {
            return fail(service, opName, caller.error(), null, requestId);
        }
        if (operation == null) {
            return fail(service, opName, StandardError.UNKNOWN_OPERATION, null, requestId);
        }
        String region = service.global() ? "global" : scope.get().region();
        CallTarget target = new CallTarget(caller.caller().accountId(), region, service.signingName(), operation);
        FaultDecision decision = faults.decide(target);
        if (decision.error() != null) {
            String message = decision.error() == StandardError.ACCESS_DENIED
                    ? "User: " + caller.caller().arn() + " is not authorized to perform: " + service.signingName() + ":" + operation
                    + " with an explicit deny in an identity-based policy" : null;
            return fail(service, operation, decision.error(), message, requestId);
        }
        AwsResponse response = service.handle(new Call(request, operation, caller.caller(), region, requestId));
        counts.record(service.signingName(), operation, switch (decision.delivery().kind()) {
            case NORMAL, SLOW, STALL -> outcome(response);
            case DROP -> "dropped";
            default -> decision.delivery().kind().name().toLowerCase(java.util.Locale.ROOT);
        });
        return new Reply(response, decision.delivery());
    }

    private SimulatedService route(RawRequest request, Optional<CredentialScope> scope) {
        if (scope.isPresent()) {
            for (SimulatedService s : services) {
                if (s.signingName().equals(scope.get().service())) {
                    return s;
                }
            }
        }
        for (SimulatedService s : services) {
            if (s.recognises(request)) {
                return s;
            }
        }
        return null;
    }

    private Reply fail(SimulatedService service, String operation, StandardError kind, String message, String requestId) {
        AwsError error = service.protocol().standard(kind, message);
        counts.record(service.signingName(), operation, error.code());
        return Reply.normal(service.protocol().render(error, requestId));
    }

    /** {@code ok}, or the error code the service put in its answer. */
    private static String outcome(AwsResponse response) {
        if (response.status() < 300) {
            return "ok";
        }
        String code = response.headers().get("x-amzn-ErrorType");
        if (code != null) {
            return code;
        }
        String body = response.bodyText();
        int start = body.indexOf("<Code>");
        int end = body.indexOf("</Code>");
        return start >= 0 && end > start ? body.substring(start + 6, end) : "status-" + response.status();
    }
}
