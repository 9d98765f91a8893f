package dev.eksatlas.simulator.http;

import java.time.Duration;

/**
 * How the answer leaves the server: whole, slowly (headers, a pause, then the body), or cut off;
 * or, to prove the scan survives a broken network or server, stalled before its headers, with a
 * body that is garbage, well-framed but cut in half, or that never ends (see {@link FaultyBodies}).
 */
public record Delivery(Kind kind, Duration pause) {
    public enum Kind {
        NORMAL, SLOW, DROP,
        /** Nothing at all (not even headers) for {@code pause}, then the whole answer. */
        STALL,
        /** Status 200 and the usual content type over a body that is not JSON or XML. */
        MALFORMED,
        /** Correct HTTP framing around only the first half of the document. */
        TRUNCATED,
        /** The start of a document, then filler inside it without end (chunked). */
        ENDLESS,
        /** The start of a document, then filler, with a declared length of a gibibyte. */
        GIGANTIC
    }

    public static final Delivery NORMAL = new Delivery(Kind.NORMAL, Duration.ZERO);
    public static final Delivery DROP = new Delivery(Kind.DROP, Duration.ZERO);

    public static Delivery slow(Duration pause) {
        return new Delivery(Kind.SLOW, pause);
    }

    public static Delivery stall(Duration pause) {
        return new Delivery(Kind.STALL, pause);
    }

    public static Delivery of(Kind kind) {
        return new Delivery(kind, Duration.ZERO);
    }
}
