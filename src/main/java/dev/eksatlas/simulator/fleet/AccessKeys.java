package dev.eksatlas.simulator.fleet;

import java.util.Optional;

/**
 * Access keys of simulated accounts. A static key is {@code AKIASIM} followed by the 12-digit account
 * ID (e.g. {@code AKIASIM111122223333}); temporary keys issued by AssumeRole are {@code ASIASIM}, the
 * target account ID and four more characters. Either way the key itself says which account is calling.
 * Secrets are never checked.
 */
public final class AccessKeys {
    public static final String STATIC_PREFIX = "AKIASIM";
    public static final String SESSION_PREFIX = "ASIASIM";

    private AccessKeys() {
    }

    public static String forAccount(String accountId) {
        return STATIC_PREFIX + accountId;
    }

    public static String secretFor(String accountId) {
        return "simulated/secret/" + accountId;
    }

    /** The account an access key belongs to, if it is one of the simulator's keys. */
    public static Optional<String> accountOf(String accessKeyId) {
        if (accessKeyId == null || accessKeyId.length() < STATIC_PREFIX.length() + 12
                || !(accessKeyId.startsWith(STATIC_PREFIX) || accessKeyId.startsWith(SESSION_PREFIX))) {
            return Optional.empty();
        }
        String digits = accessKeyId.substring(STATIC_PREFIX.length(), STATIC_PREFIX.length() + 12);
        return digits.chars().allMatch(Character::isDigit) ? Optional.of(digits) : Optional.empty();
    }

    public static boolean isSessionKey(String accessKeyId) {
        return accessKeyId != null && accessKeyId.startsWith(SESSION_PREFIX);
    }
}
