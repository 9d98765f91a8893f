package dev.eksatlas.scan.profiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Writes the token cache file that {@code aws sso login} leaves behind:
 * {@code ~/.aws/sso/cache/<sha1 of the session name or, legacy, the start URL>.json}.
 */
final class SsoTokenCache {
    static final Duration IN_ONE_HOUR = Duration.ofHours(1);
    static final Duration AN_HOUR_AGO = Duration.ofHours(-1);

    private SsoTokenCache() {
    }

    static Path write(Path home, String sessionNameOrStartUrl, Duration expiresIn) throws IOException {
        Path cache = Files.createDirectories(home.resolve(".aws").resolve("sso").resolve("cache"));
        String expiresAt = Instant.now().plus(expiresIn).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        return Files.writeString(cache.resolve(sha1(sessionNameOrStartUrl) + ".json"), """
                {"accessToken":"cached-access-token","expiresAt":"%s","region":"us-east-1",\
                "startUrl":"https://example.awsapps.com/start"}""".formatted(expiresAt));
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
