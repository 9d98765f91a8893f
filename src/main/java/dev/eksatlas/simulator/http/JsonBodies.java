package dev.eksatlas.simulator.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The JSON bodies of the json-1.1 and rest-json services: one object, written by the caller, or an error's. */
public final class JsonBodies {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonBodies() {
    }

    /** Writes the members of one JSON object. */
    public interface Members {
        void write(JsonGenerator g) throws IOException;
    }

    /** {@code {<members>}} as UTF-8 bytes. */
    public static byte[] object(Members members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            members.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * An error's body: {@code "__type"} first when the protocol carries the code in the body
     * (json-1.1), then {@code "message"} and the exception's modeled members.
     */
    static byte[] error(AwsError error, boolean typeInBody) {
        return object(g -> {
            if (typeInBody) {
                g.writeStringField("__type", error.code());
            }
            g.writeStringField("message", error.message());
            for (Map.Entry<String, String> f : error.fields().entrySet()) {
                g.writeStringField(f.getKey(), f.getValue());
            }
        });
    }
}
