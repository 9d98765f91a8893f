package dev.eksatlas.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer to send: status, content type, extra headers (in order) and the body bytes. */
public record AwsResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    public AwsResponse {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public static AwsResponse of(int status, String contentType, String body) {
        return new AwsResponse(status, contentType, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    public AwsResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new AwsResponse(status, contentType, h, body);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
