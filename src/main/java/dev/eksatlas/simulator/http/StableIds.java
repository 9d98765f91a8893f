package dev.eksatlas.simulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** Identifiers derived from content, so that the same question always gets the same answer. */
public final class StableIds {
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private StableIds() {
    }

    /** {@code length} upper-case characters, like the tail of an IAM unique ID ({@code AROA...}). */
    public static String upper(String seed, int length) {
        byte[] h = sha256(seed);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ID_CHARS.charAt(h[i % h.length] & 31));
        }
        return b.toString();
    }

    /** A UUID-shaped request ID. */
    public static String requestId(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
