package dev.eksatlas.scan.profiles;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback stand-in for the STS and SSO portal calls the SDK's credential providers make
 * (AssumeRole, AssumeRoleWithWebIdentity, GetRoleCredentials), so that those providers run for
 * real in tests. Records each request's first line, body and Authorization header.
 */
final class LocalAwsEndpoint implements AutoCloseable {
    static final String ROLE_KEY_ID = "ASIAROLEEXAMPLE00001";
    static final String SSO_KEY_ID = "ASIASSOEXAMPLE000001";

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    LocalAwsEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body + " auth=" + authorization);
        if (exchange.getRequestURI().getPath().equals("/federation/credentials")) {
            send(exchange, "application/json", """
                    {"roleCredentials":{"accessKeyId":"%s","secretAccessKey":"sso-secret","sessionToken":"sso-token",\
                    "expiration":4102444800000}}""".formatted(SSO_KEY_ID));
            return;
        }
        String action = body.contains("Action=AssumeRoleWithWebIdentity") ? "AssumeRoleWithWebIdentity" : "AssumeRole";
        send(exchange, "text/xml", """
                <%1$sResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><%1$sResult>
                <Credentials><AccessKeyId>%2$s</AccessKeyId><SecretAccessKey>role-secret</SecretAccessKey>
                <SessionToken>role-token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>
                <AssumedRoleUser><Arn>arn:aws:sts::444455556666:assumed-role/Admin/s</Arn><AssumedRoleId>AROAEXAMPLE:s</AssumedRoleId></AssumedRoleUser>
                </%1$sResult><ResponseMetadata><RequestId>0000</RequestId></ResponseMetadata></%1$sResponse>""".formatted(action, ROLE_KEY_ID));
    }

    private static void send(HttpExchange exchange, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
