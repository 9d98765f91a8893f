package dev.eksatlas.inventory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A team inventory's address, {@code jdbc:postgresql://HOST[:PORT]/DATABASE[?user=NAME&...]}.
 * A password in the URL is refused: the URL is shown in the window and may be kept in the
 * preferences file, and a password must never be written to disk or shown.
 */
public record PostgresUrl(String host, int port, String database, Map<String, String> parameters) {
    public static final String PREFIX = "jdbc:postgresql://";
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern SHAPE = Pattern.compile("jdbc:postgresql://(\\[[0-9A-Fa-f:.]+]|[^/:?\\[\\]]+)(?::(\\d{1,5}))?/([^/?]+)(?:\\?(.*))?");

    public PostgresUrl {
        parameters = Map.copyOf(parameters);
    }

    public static boolean looksLikeOne(String text) {
        return text != null && text.startsWith("jdbc:postgresql:");
    }

    /** @throws InventoryException with the reason when {@code text} is not a usable address */
    public static PostgresUrl parse(String text) {
        Matcher m = SHAPE.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new InventoryException("'" + withoutQuery(text) + "' is not a PostgreSQL address. Write it as "
                    + PREFIX + "HOST:PORT/DATABASE, for example " + PREFIX + "db.example.com:5432/atlas.");
        }
        int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            throw new InventoryException("The port " + port + " in '" + withoutQuery(text) + "' is not a TCP port (1 to 65535).");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (m.group(4) != null) {
            for (String pair : m.group(4).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                params.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        if (params.containsKey("password")) {
            throw new InventoryException("The address of the team inventory holds a password. Remove it from the URL and give"
                    + " it in EKS_ATLAS_DB_PASSWORD (or PGPASSWORD), in ~/.pgpass, or when asked: the URL is shown and saved.");
        }
        return new PostgresUrl(m.group(1), port, decode(m.group(3)), params);
    }

    /** The user named in the URL, if any. */
    public Optional<String> user() {
        return Optional.ofNullable(parameters.get("user")).filter(u -> !u.isBlank());
    }

    /** The URL as the driver takes it (credentials are given separately). */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder(PREFIX).append(host).append(':').append(port).append('/').append(database);
        String sep = "?";
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            if (!e.getKey().equals("user")) {
                url.append(sep).append(e.getKey()).append('=').append(e.getValue());
                sep = "&";
            }
        }
        return url.toString();
    }

    /** How the window and messages name this inventory: "PostgreSQL atlas on db.example.com:5432". */
    public String describe() {
        return "PostgreSQL " + database + " on " + host + ":" + port;
    }

    /** The text without its parameters, which may hold a password, for messages. */
    private static String withoutQuery(String text) {
        if (text == null) {
            return "";
        }
        int q = text.indexOf('?');
        return q < 0 ? text : text.substring(0, q) + "?…";
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
