package dev.eksatlas.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as the simulator received it, before any service looked at it.
 * Header names are lower case; {@code query} and {@code form} are decoded parameters in request order
 * ({@code form} is empty unless the body is {@code application/x-www-form-urlencoded}).
 */
public record RawRequest(
        String method,
        String path,
        Map<String, String> query,
        Map<String, List<String>> headers,
        Map<String, String> form,
        byte[] body) {

    public RawRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        form = Map.copyOf(form);
    }

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    public boolean isFormPost() {
        String type = header("content-type");
        return "POST".equals(method) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
