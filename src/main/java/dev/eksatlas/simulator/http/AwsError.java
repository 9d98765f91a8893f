package dev.eksatlas.simulator.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An AWS error before it is put into a protocol's shape. {@code senderFault} becomes the query
 * protocol's {@code <Type>Sender</Type>} (else {@code Receiver}); {@code fields} are extra members of a
 * modeled rest-json exception, e.g. {@code clusterName} on EKS's {@code ResourceNotFoundException}.
 */
public record AwsError(int status, String code, String message, boolean senderFault, Map<String, String> fields) {

    public AwsError {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public AwsError(int status, String code, String message) {
        this(status, code, message, status < 500, Map.of());
    }

    public AwsError withField(String name, String value) {
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.put(name, value);
        return new AwsError(status, code, message, senderFault, f);
    }
}
