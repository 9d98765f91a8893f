package dev.eksatlas.scan;

import java.io.ByteArrayInputStream;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * A profile ready to scan with: the SDK credentials provider (credentials stay in memory, inside
 * the provider), its region (may be null), an endpoint override ({@code endpoint_url}, used by
 * the simulator's profiles; null for real AWS), and the profile file the SDK clients must read
 * their own settings from. Without that, every SDK client reads the user's files again by itself,
 * and one malformed line there fails every client.
 */
public record ResolvedProfile(String name, AwsCredentialsProvider credentials, String region, URI endpoint, ProfileFile profileFile) {
    public ResolvedProfile {
        profileFile = profileFile != null ? profileFile
                : ProfileFile.builder().content(new ByteArrayInputStream(new byte[0])).type(ProfileFile.Type.CONFIGURATION).build();
    }

    @Override
    public String toString() {
        return "ResolvedProfile[" + name + ", region=" + region + ", endpoint=" + endpoint + "]";
    }
}
