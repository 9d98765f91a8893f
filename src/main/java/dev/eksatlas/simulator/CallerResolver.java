package dev.eksatlas.simulator;

import dev.eksatlas.simulator.fleet.AccessKeys;
import dev.eksatlas.simulator.fleet.FleetIndex;
import dev.eksatlas.simulator.http.Caller;
import dev.eksatlas.simulator.http.CredentialScope;
import dev.eksatlas.simulator.http.StableIds;
import dev.eksatlas.simulator.http.StandardError;
import dev.eksatlas.simulator.sts.SessionTokens;
import java.time.Clock;
import java.util.Optional;

/**
 * Who is calling, from the access key in the credential scope (and the session token of temporary
 * credentials). A static key is the account's IAM user {@code eks-atlas-sim}; a temporary key is
 * the assumed role session its token names.
 */
final class CallerResolver {
    static final String STATIC_USER = "eks-atlas-sim";

    record Result(Caller caller, StandardError error) {
    }

    private final FleetIndex fleet;
    private final Clock clock;
    private final java.util.concurrent.ConcurrentHashMap<String, Caller> staticCallers = new java.util.concurrent.ConcurrentHashMap<>();

    CallerResolver(FleetIndex fleet, Clock clock) {
        this.fleet = fleet;
        this.clock = clock;
    }

    Result resolve(CredentialScope scope, String sessionToken) {
        String key = scope.accessKeyId();
        Optional<String> account = AccessKeys.accountOf(key).filter(id -> fleet.account(id).isPresent());
        if (account.isEmpty()) {
            return new Result(null, StandardError.INVALID_ACCESS_KEY);
        }
        String id = account.get();
        if (!AccessKeys.isSessionKey(key)) {
            return new Result(staticCallers.computeIfAbsent(key, k -> new Caller(id, k, "arn:aws:iam::" + id + ":user/" + STATIC_USER,
                    "AIDA" + StableIds.upper(id + STATIC_USER, 17))), null);
        }
        Optional<SessionTokens.Session> session = SessionTokens.parse(sessionToken).filter(s -> s.accountId().equals(id));
        if (session.isEmpty()) {
            return new Result(null, StandardError.INVALID_ACCESS_KEY);
        }
        SessionTokens.Session s = session.get();
        if (!s.expiration().isAfter(clock.instant())) {
            return new Result(null, StandardError.EXPIRED_TOKEN);
        }
        String roleArn = "arn:aws:iam::" + id + ":role/" + s.roleName();
        return new Result(new Caller(id, key, s.arn(), "AROA" + StableIds.upper(roleArn, 17) + ":" + s.sessionName()), null);
    }
}
