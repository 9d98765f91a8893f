package dev.eksatlas.simulator.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JDK's built-in HTTP server on the loopback address only, one handler for every path. Each
 * exchange runs on a virtual thread, so added latency (a sleep) costs no platform thread; keep-alive
 * is the JDK server's default. Nagle's algorithm is switched off: the JDK writes headers and body
 * separately, and with Nagle on a keep-alive client can wait for a delayed ACK between them.
 */
public final class SimulatorServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SimulatorServer.class.getName());

    static {
        // Read once by the JDK server's configuration class: set before the first server is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final FaultyBodies faultyBodies;

    private SimulatorServer(HttpServer server, ExecutorService executor, FaultyBodies faultyBodies) {
        this.server = server;
        this.executor = executor;
        this.faultyBodies = faultyBodies;
    }

    /** Starts serving on 127.0.0.1 at {@code port} (0 = any free port). */
    public static SimulatorServer start(int port, Function<RawRequest, Reply> dispatcher) throws IOException {
        // 127.0.0.1 explicitly: getLoopbackAddress() may give ::1, and the endpoint printed is IPv4.
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 512);
        ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("aws-sim-", 0).factory());
        server.setExecutor(executor);
        FaultyBodies faultyBodies = new FaultyBodies();
        server.createContext("/", exchange -> serve(exchange, dispatcher, faultyBodies));
        server.start();
        return new SimulatorServer(server, executor, faultyBodies);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Bytes sent so far by endless and gigantic answers: how much the clients took before hanging up. */
    public long floodedBytes() {
        return faultyBodies.floodedBytes();
    }

    private static void serve(HttpExchange exchange, Function<RawRequest, Reply> dispatcher, FaultyBodies faultyBodies)
            throws IOException {
        try (exchange) {
            Reply reply;
            try {
                reply = dispatcher.apply(read(exchange));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "simulator failed on " + exchange.getRequestURI(), e);
                reply = Reply.normal(AwsResponse.of(500, RestJsonProtocol.CONTENT_TYPE,
                        "{\"message\":\"simulator failure\"}").withHeader("x-amzn-ErrorType", "InternalFailure"));
            }
            write(exchange, reply, faultyBodies);
        }
    }

    private static RawRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
            headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue());
        }
        URI uri = exchange.getRequestURI();
        RawRequest probe = new RawRequest(exchange.getRequestMethod(), uri.getRawPath(),
                FormEncoding.decode(uri.getRawQuery()), headers, Map.of(), body);
        Map<String, String> form = probe.isFormPost() ? FormEncoding.decode(new String(body, StandardCharsets.UTF_8)) : Map.of();
        return new RawRequest(probe.method(), probe.path(), probe.query(), headers, form, body);
    }

    private static void write(HttpExchange exchange, Reply reply, FaultyBodies faultyBodies) throws IOException {
        AwsResponse response = reply.response();
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        response.headers().forEach(headers::set);
        byte[] body = response.body();
        switch (reply.delivery().kind()) {
            case MALFORMED -> {
                faultyBodies.malformed(exchange);
                return;
            }
            case TRUNCATED -> {
                faultyBodies.truncated(exchange, body);
                return;
            }
            case ENDLESS -> {
                faultyBodies.flood(exchange, body, 0);
                return;
            }
            case GIGANTIC -> {
                faultyBodies.flood(exchange, body, FaultyBodies.FLOOD_LIMIT);
                return;
            }
            case STALL -> sleep(reply.delivery().pause().toMillis());
            default -> {
            }
        }
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        OutputStream out = exchange.getResponseBody();
        switch (reply.delivery().kind()) {
            case NORMAL, STALL -> out.write(body);
            case SLOW -> {
                out.flush();
                sleep(reply.delivery().pause().toMillis());
                out.write(body);
            }
            case DROP -> {
                out.write(body, 0, body.length / 2);
                out.flush();
                // Leaving the handler with an exception makes the JDK server close the connection,
                // so the client sees the body end early.
                throw new IOException("simulated dropped connection");
            }
            default -> throw new IllegalStateException("not a whole-body delivery: " + reply.delivery());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
