package dev.eksatlas.simulator.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksatlas.simulator.fleet.AccountIndex;
import dev.eksatlas.simulator.fleet.AuditLogEvent;
import dev.eksatlas.simulator.fleet.FleetIndex;
import dev.eksatlas.simulator.http.AwsError;
import dev.eksatlas.simulator.http.AwsResponse;
import dev.eksatlas.simulator.http.Call;
import dev.eksatlas.simulator.http.Json11Protocol;
import dev.eksatlas.simulator.http.JsonBodies;
import dev.eksatlas.simulator.http.Paging;
import dev.eksatlas.simulator.http.RawRequest;
import dev.eksatlas.simulator.http.SimulatedService;
import dev.eksatlas.simulator.http.StableIds;
import dev.eksatlas.simulator.http.WireProtocol;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * Amazon CloudWatch Logs over json-1.1 ({@code X-Amz-Target: Logs_20140328.<Operation>}): the four
 * operations the stale-token check uses. DescribeLogGroups lists the account's groups in the region
 * (prefix, {@code limit} up to 50, {@code nextToken}); StartQuery runs a Logs Insights query over one
 * group; GetQueryResults moves the query through Scheduled and Running to Complete (see
 * {@link InsightsQuery}); StopQuery cancels a query that has not ended. The audit events come from the fleet's ground truth ({@code Fleet.auditLog}).
 */
public final class LogsService implements SimulatedService {
    static final String TARGET_PREFIX = "Logs_20140328.";
    private static final Set<String> OPERATIONS = Set.of("DescribeLogGroups", "StartQuery", "GetQueryResults", "StopQuery");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FleetIndex fleet;
    private final IntSupplier maxPageSize;
    private final Json11Protocol protocol = new Json11Protocol();
    private final Map<String, InsightsQuery> queries = new ConcurrentHashMap<>();
    private final AtomicLong started = new AtomicLong();

    public LogsService(FleetIndex fleet, IntSupplier maxPageSize) {
        this.fleet = fleet;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String signingName() {
        return "logs";
    }

    @Override
    public WireProtocol protocol() {
        return protocol;
    }

    @Override
    public boolean recognises(RawRequest request) {
        String target = request.header("x-amz-target");
        return target != null && target.startsWith(TARGET_PREFIX);
    }

    @Override
    public String operation(RawRequest request) {
        if (!"POST".equals(request.method()) || !recognises(request)) {
            return null;
        }
        String op = request.header("x-amz-target").substring(TARGET_PREFIX.length());
        return OPERATIONS.contains(op) ? op : null;
    }

    @Override
    public AwsResponse handle(Call call) {
        AccountIndex account = fleet.account(call.accountId()).orElseThrow();
        JsonNode in;
        try {
            in = call.request().body().length == 0 ? MAPPER.createObjectNode() : MAPPER.readTree(call.request().body());
        } catch (IOException e) {
            return error(call, new AwsError(400, "SerializationException", "The request body is not valid JSON."));
        }
        return switch (call.operation()) {
            case "DescribeLogGroups" -> describeLogGroups(call, account, in);
            case "StartQuery" -> startQuery(call, account, in);
            case "StopQuery" -> stopQuery(call, in);
            default -> getQueryResults(call, in);
        };
    }

    private AwsResponse describeLogGroups(Call call, AccountIndex account, JsonNode in) {
        String prefix = in.path("logGroupNamePrefix").asText("");
        int limit = in.path("limit").asInt(50);
        if (limit < 1 || limit > 50) {
            return error(call, invalid("1 validation error detected: Value '" + limit + "' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50"));
        }
        List<LogGroups.LogGroup> matching = LogGroups.of(account, call.region()).stream().filter(g -> g.name().startsWith(prefix)).toList();
        Paging.Page<LogGroups.LogGroup> page;
        try {
            page = Paging.page(matching, in.hasNonNull("nextToken") ? in.get("nextToken").asText() : null, limit, maxPageSize.getAsInt());
        } catch (Paging.BadTokenException e) {
            return error(call, invalid("The specified nextToken is invalid."));
        }
        return ok(call, g -> {
            g.writeArrayFieldStart("logGroups");
            for (LogGroups.LogGroup group : page.items()) {
                g.writeStartObject();
                g.writeStringField("logGroupName", group.name());
                g.writeNumberField("creationTime", group.creationTimeMillis());
                g.writeNumberField("metricFilterCount", 0);
                g.writeStringField("arn", group.arn());
                g.writeNumberField("storedBytes", group.storedBytes());
                g.writeStringField("logGroupClass", "STANDARD");
                g.writeStringField("logGroupArn", group.arn().substring(0, group.arn().length() - 2));
                g.writeEndObject();
            }
            g.writeEndArray();
            if (page.nextToken() != null) {
                g.writeStringField("nextToken", page.nextToken());
            }
        });
    }

    private AwsResponse startQuery(Call call, AccountIndex account, JsonNode in) {
        String groupName = in.hasNonNull("logGroupName") ? in.get("logGroupName").asText()
                : in.path("logGroupNames").path(0).asText(in.path("logGroupIdentifiers").path(0).asText(""));
        String query = in.path("queryString").asText("");
        if (query.isBlank() || !in.has("startTime") || !in.has("endTime")) {
            return error(call, invalid("startTime, endTime and queryString are required."));
        }
        long start = in.get("startTime").asLong();
        long end = in.get("endTime").asLong();
        int limit = in.path("limit").asInt(1_000);
        if (end < start || limit < 1 || limit > 10_000) {
            return error(call, invalid("endTime must not be before startTime, and limit must be between 1 and 10000."));
        }
        var group = LogGroups.named(account, call.region(), groupName).orElse(null);
        if (group == null) {
            return error(call, new AwsError(400, "ResourceNotFoundException", "Log group '" + groupName + "' does not exist for account ID '"
                    + call.accountId() + "'"));
        }
        List<AuditLogEvent> events = group.cluster() == null ? List.of() : fleet.fleet().auditLog(group.cluster());
        String id = StableIds.requestId("query " + call.accountId() + " " + call.region() + " " + groupName + " " + start + " " + end
                + " " + started.incrementAndGet());
        queries.put(id, new InsightsQuery(call.accountId(), call.region(), "kube-apiserver-audit-" + StableIds.upper(groupName, 8).toLowerCase(java.util.Locale.ROOT),
                events, query, start, end, limit));
        return ok(call, g -> g.writeStringField("queryId", id));
    }

    /** Queries started and neither complete nor stopped: what a real account would still be running (and billing). */
    public long queriesInProgress() {
        return queries.values().stream().filter(InsightsQuery::inProgress).count();
    }

    private AwsResponse stopQuery(Call call, JsonNode in) {
        String id = in.path("queryId").asText("");
        InsightsQuery q = queries.get(id);
        if (q == null || !q.ownedBy(call.accountId(), call.region())) {
            return error(call, new AwsError(400, "ResourceNotFoundException", "Query does not exist."));
        }
        if (!q.stop()) {
            // What Logs answers for a query that has already ended.
            return error(call, invalid("Query " + id + " is not running."));
        }
        return ok(call, g -> g.writeBooleanField("success", true));
    }

    private AwsResponse getQueryResults(Call call, JsonNode in) {
        InsightsQuery q = queries.get(in.path("queryId").asText(""));
        if (q == null || !q.ownedBy(call.accountId(), call.region())) {
            return error(call, new AwsError(400, "ResourceNotFoundException", "Query does not exist."));
        }
        InsightsQuery.Status status = q.poll();
        return ok(call, g -> {
            g.writeStringField("queryLanguage", "CWLI");
            g.writeArrayFieldStart("results");
            if (status == InsightsQuery.Status.Complete) {
                for (Map<String, String> row : q.rows()) {
                    g.writeStartArray();
                    for (Map.Entry<String, String> f : row.entrySet()) {
                        g.writeStartObject();
                        g.writeStringField("field", f.getKey());
                        g.writeStringField("value", f.getValue());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
            }
            g.writeEndArray();
            InsightsQuery.Statistics s = status == InsightsQuery.Status.Complete ? q.statistics() : new InsightsQuery.Statistics(0, 0, 0);
            g.writeObjectFieldStart("statistics");
            g.writeNumberField("recordsMatched", s.recordsMatched());
            g.writeNumberField("recordsScanned", s.recordsScanned());
            g.writeNumberField("bytesScanned", s.bytesScanned());
            g.writeEndObject();
            g.writeStringField("status", status.name());
        });
    }

    private static AwsError invalid(String message) {
        return new AwsError(400, "InvalidParameterException", message);
    }

    private AwsResponse ok(Call call, JsonBodies.Members body) {
        return new AwsResponse(200, Json11Protocol.CONTENT_TYPE, Map.of("x-amzn-RequestId", call.requestId()), JsonBodies.object(body));
    }

    private AwsResponse error(Call call, AwsError error) {
        return protocol.render(error, call.requestId());
    }

}
