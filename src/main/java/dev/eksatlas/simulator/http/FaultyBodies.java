package dev.eksatlas.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the answers a broken server or network gives: garbage, half a document in correct HTTP
 * framing, or a document whose middle never ends. The endless kinds start like the real answer and
 * then repeat filler inside it (a JSON array, XML elements), which is what would make a client that
 * buffers whole answers run out of memory. They stop when the client hangs up, or at a gibibyte.
 */
final class FaultyBodies {
    static final long FLOOD_LIMIT = 1L << 30;
    private static final byte[] GARBAGE = "<html><body>502 Bad Gateway</body></html>\u0000\u00ff{]".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] JSON_OPEN = "{\"padding\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JSON_FILLER = repeat("\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",", 1500);
    private static final byte[] XML_FILLER = repeat("<Padding>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</Padding>", 1300);

    private final AtomicLong flooded = new AtomicLong();

    /** Bytes sent so far by endless and gigantic answers (how much a client took before it hung up). */
    long floodedBytes() {
        return flooded.get();
    }

    void malformed(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, GARBAGE.length);
        exchange.getResponseBody().write(GARBAGE);
    }

    void truncated(HttpExchange exchange, byte[] body) throws IOException {
        byte[] half = Arrays.copyOf(body, body.length / 2);
        exchange.sendResponseHeaders(200, half.length == 0 ? -1 : half.length);
        exchange.getResponseBody().write(half);
    }

    /** {@code declared}: 0 for chunked without end, else the Content-Length announced. */
    void flood(HttpExchange exchange, byte[] body, long declared) throws IOException {
        boolean xml = body.length > 0 && body[0] == '<';
        byte[] open = xml ? xmlOpening(body) : JSON_OPEN;
        byte[] filler = xml ? XML_FILLER : JSON_FILLER;
        exchange.sendResponseHeaders(200, declared);
        OutputStream out = exchange.getResponseBody();
        out.write(open);
        long sent = open.length;
        long limit = declared > 0 ? declared : FLOOD_LIMIT;
        try {
            while (sent + filler.length <= limit) {
                out.write(filler);
                sent += filler.length;
                flooded.addAndGet(filler.length);
            }
        } finally {
            flooded.addAndGet(open.length);
        }
        // Reached only if a client read a whole gibibyte: end the exchange without the rest.
        throw new IOException("flood limit reached");
    }

    /** The real answer up to the end of its second element's start tag, so filler lands inside the result. */
    private static byte[] xmlOpening(byte[] body) {
        int tags = 0;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '>' && i > 0 && body[i - 1] != '?' && ++tags == 2) {
                return Arrays.copyOf(body, i + 1);
            }
        }
        return body;
    }

    private static byte[] repeat(String unit, int times) {
        return unit.repeat(times).getBytes(StandardCharsets.UTF_8);
    }
}
