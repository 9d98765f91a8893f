package dev.eksatlas.simulator.http;

import java.util.Optional;

/**
 * The SigV4 credential scope of a request: {@code Credential=AKID/20250101/us-east-1/eks/aws4_request}
 * in the {@code Authorization} header (or {@code X-Amz-Credential} in a presigned query). The simulator
 * reads who is calling, in which region, for which service from it; it never checks the signature.
 */
public record CredentialScope(String accessKeyId, String date, String region, String service) {

    private static final String MARKER = "Credential=";

    public static Optional<CredentialScope> of(RawRequest request) {
        String auth = request.header("authorization");
        if (auth != null && auth.startsWith("AWS4-")) {
            int start = auth.indexOf(MARKER);
            if (start >= 0) {
                start += MARKER.length();
                int end = auth.indexOf(',', start);
                return parse(auth.substring(start, end < 0 ? auth.length() : end).strip());
            }
            return Optional.empty();
        }
        String presigned = request.query().get("X-Amz-Credential");
        return presigned == null ? Optional.empty() : parse(presigned);
    }

    static Optional<CredentialScope> parse(String credential) {
        String[] parts = credential.split("/");
        if (parts.length != 5 || !"aws4_request".equals(parts[4]) || parts[0].isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CredentialScope(parts[0], parts[1], parts[2], parts[3]));
    }
}
