package dev.eksatlas.simulator.sts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Session tokens of credentials that AssumeRole issued. The token carries the assumed role and its
 * expiry itself, so the simulator keeps no state and a restarted simulator still knows the caller.
 */
public final class SessionTokens {
    private static final String PREFIX = "SIMv1.";

    private SessionTokens() {
    }

    /** Who a session token says the caller is. */
    public record Session(String accountId, String roleName, String sessionName, Instant expiration) {
        public String arn() {
            return "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + sessionName;
        }
    }

    public static String issue(Session s) {
        String payload = s.accountId() + "|" + s.roleName() + "|" + s.sessionName() + "|" + s.expiration().getEpochSecond();
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<Session> parse(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            String[] p = new String(Base64.getUrlDecoder().decode(token.substring(PREFIX.length())), StandardCharsets.UTF_8).split("\\|", -1);
            if (p.length != 4) {
                return Optional.empty();
            }
            return Optional.of(new Session(p[0], p[1], p[2], Instant.ofEpochSecond(Long.parseLong(p[3]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
