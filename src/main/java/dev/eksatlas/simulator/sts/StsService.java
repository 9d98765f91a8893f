package dev.eksatlas.simulator.sts;

import dev.eksatlas.simulator.fleet.AccessKeys;
import dev.eksatlas.simulator.fleet.AccountIndex;
import dev.eksatlas.simulator.fleet.FleetIndex;
import dev.eksatlas.simulator.http.AwsError;
import dev.eksatlas.simulator.http.AwsResponse;
import dev.eksatlas.simulator.http.Call;
import dev.eksatlas.simulator.http.QueryProtocol;
import dev.eksatlas.simulator.http.RawRequest;
import dev.eksatlas.simulator.http.SimulatedService;
import dev.eksatlas.simulator.http.StableIds;
import dev.eksatlas.simulator.http.WireProtocol;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWS STS over the query protocol (API version 2011-06-15): GetCallerIdentity and AssumeRole.
 * AssumeRole succeeds when the role exists in a simulated account (trust policies are not
 * evaluated) and issues keys that map to that account; otherwise it answers AccessDenied, as STS
 * does for a role that does not exist or may not be assumed. The expiry is the only part of any
 * answer that depends on the clock.
 */
public final class StsService implements SimulatedService {
    public static final String VERSION = "2011-06-15";
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role/(?:.*/)?([\\w+=,.@-]{1,64})");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");

    private final FleetIndex fleet;
    private final Clock clock;
    private final QueryProtocol protocol = new QueryProtocol("https://sts.amazonaws.com/doc/2011-06-15/", Map.of());

    public StsService(FleetIndex fleet, Clock clock) {
        this.fleet = fleet;
        this.clock = clock;
    }

    @Override
    public String signingName() {
        return "sts";
    }

    @Override
    public WireProtocol protocol() {
        return protocol;
    }

    @Override
    public boolean recognises(RawRequest request) {
        return request.isFormPost() && VERSION.equals(request.form().get("Version"));
    }

    @Override
    public String operation(RawRequest request) {
        String action = request.form().get("Action");
        return "GetCallerIdentity".equals(action) || "AssumeRole".equals(action) ? action : null;
    }

    @Override
    public AwsResponse handle(Call call) {
        if (call.operation().equals("GetCallerIdentity")) {
            return protocol.success("GetCallerIdentity", call.requestId(), x -> x
                    .element("Arn", call.caller().arn())
                    .element("UserId", call.caller().userId())
                    .element("Account", call.accountId()));
        }
        return assumeRole(call);
    }

    private AwsResponse assumeRole(Call call) {
        Map<String, String> form = call.request().form();
        String roleArn = form.get("RoleArn");
        String sessionName = form.get("RoleSessionName");
        Matcher m = roleArn == null ? null : ROLE_ARN.matcher(roleArn);
        if (m == null || !m.matches()) {
            return error(call, new AwsError(400, "ValidationError", "1 validation error detected: Value '" + roleArn
                    + "' at 'roleArn' failed to satisfy constraint: Member must be a valid role ARN"));
        }
        if (sessionName == null || !SESSION_NAME.matcher(sessionName).matches()) {
            return error(call, new AwsError(400, "ValidationError", "1 validation error detected: Value '" + sessionName
                    + "' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"));
        }
        int seconds = durationSeconds(form.get("DurationSeconds"));
        if (seconds < 0) {
            return error(call, new AwsError(400, "ValidationError", "1 validation error detected: Value '" + form.get("DurationSeconds")
                    + "' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200"));
        }
        Optional<String> role = fleet.account(m.group(1)).flatMap(a -> existingRole(a, m.group(2)));
        if (role.isEmpty()) {
            return error(call, new AwsError(403, "AccessDenied", "User: " + call.caller().arn()
                    + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn));
        }
        SessionTokens.Session session = new SessionTokens.Session(m.group(1), role.get(), sessionName,
                clock.instant().plus(Duration.ofSeconds(seconds)).truncatedTo(ChronoUnit.SECONDS));
        String accessKey = AccessKeys.SESSION_PREFIX + m.group(1) + suffix(roleArn + "/" + sessionName);
        return protocol.success("AssumeRole", call.requestId(), x -> x
                .open("Credentials")
                .element("AccessKeyId", accessKey)
                .element("SecretAccessKey", "simulated/session-secret/" + StableIds.upper(accessKey, 16))
                .element("SessionToken", SessionTokens.issue(session))
                .element("Expiration", session.expiration())
                .close()
                .open("AssumedRoleUser")
                .element("AssumedRoleId", "AROA" + StableIds.upper(roleArn, 17) + ":" + sessionName)
                .element("Arn", session.arn())
                .close());
    }

    /** The session length asked for (default one hour), or -1 when outside STS's 900 to 43,200 seconds. */
    private static int durationSeconds(String raw) {
        if (raw == null) {
            return 3600;
        }
        try {
            int n = Integer.parseInt(raw);
            return n >= 900 && n <= 43_200 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<String> existingRole(AccountIndex account, String name) {
        return account.role(name).map(r -> r.name());
    }

    private static String suffix(String seed) {
        return StableIds.upper(seed, 4);
    }

    private AwsResponse error(Call call, AwsError error) {
        return protocol.render(error, call.requestId());
    }
}
