package dev.eksatlas.scan;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * A profile ready to scan with: the SDK credentials provider (credentials stay in memory, inside
 * the provider), its region (may be null), and an endpoint override ({@code endpoint_url}, used by
 * the simulator's profiles; null for real AWS).
 */
public record ResolvedProfile(String name, AwsCredentialsProvider credentials, String region, URI endpoint) {
    @Override
    public String toString() {
        return "ResolvedProfile[" + name + ", region=" + region + ", endpoint=" + endpoint + "]";
    }
}
