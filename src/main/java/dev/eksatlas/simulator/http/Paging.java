package dev.eksatlas.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Pagination for list answers. Tokens are opaque to clients (an offset in disguise); the last page
 * has no token at all, which is what SDK paginators stop on.
 */
public final class Paging {
    private static final String PREFIX = "sim1:";

    private Paging() {
    }

    public record Page<T>(List<T> items, String nextToken) {
    }

    /** Thrown for a token this simulator did not make. */
    public static final class BadTokenException extends Exception {
        public BadTokenException() {
            super("invalid pagination token");
        }
    }

    /**
     * The page starting at {@code token} (null = first page) with at most {@code limit} items, further
     * capped by {@code maxPageSize} when that is positive (the simulator's "small pages" knob).
     */
    public static <T> Page<T> page(List<T> all, String token, int limit, int maxPageSize) throws BadTokenException {
        int size = maxPageSize > 0 ? Math.min(limit, maxPageSize) : limit;
        int from = token == null || token.isEmpty() ? 0 : offset(token);
        if (from > all.size()) {
            throw new BadTokenException();
        }
        int to = Math.min(all.size(), from + size);
        return new Page<>(all.subList(from, to), to < all.size() ? token(to) : null);
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.US_ASCII));
    }

    private static int offset(String token) throws BadTokenException {
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            if (!s.startsWith(PREFIX)) {
                throw new BadTokenException();
            }
            int offset = Integer.parseInt(s.substring(PREFIX.length()));
            if (offset < 0) {
                throw new BadTokenException();
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw new BadTokenException();
        }
    }
}
