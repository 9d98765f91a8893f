package dev.eksatlas.simulator;

import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an AWS {@code config} and {@code credentials} pair with one profile per simulated account
 * ({@code demo-prod}, ...): static keys, the home region, and {@code endpoint_url} pointing at the
 * simulator. It never overwrites files it did not write itself, so pointing it at {@code ~/.aws}
 * cannot destroy real profiles.
 */
public final class AwsConfigWriter {
    static final String MARKER = "# Written by eks-atlas simulate";

    private AwsConfigWriter() {
    }

    /** Returns the two files written. */
    public static List<Path> write(Path dir, Fleet fleet, URI endpoint) throws IOException {
        Files.createDirectories(dir);
        Path config = dir.resolve("config");
        Path credentials = dir.resolve("credentials");
        refuseForeign(config);
        refuseForeign(credentials);
        String header = MARKER + ": simulated fleet '" + fleet.spec().preset() + "' (seed " + fleet.spec().seed() + ") at "
                + endpoint + "\n# Use with AWS_CONFIG_FILE=" + config.toAbsolutePath() + " AWS_SHARED_CREDENTIALS_FILE="
                + credentials.toAbsolutePath() + "\n";
        StringBuilder c = new StringBuilder(header);
        StringBuilder k = new StringBuilder(header);
        for (SimulatedAccount a : fleet.accounts()) {
            c.append("\n[profile ").append(a.profile()).append("]\n")
                    .append("# account ").append(a.accountId()).append(" (").append(a.alias()).append(")\n")
                    .append("region = ").append(a.homeRegion()).append('\n')
                    .append("output = json\n")
                    .append("endpoint_url = ").append(endpoint).append('\n');
            k.append("\n[").append(a.profile()).append("]\n")
                    .append("aws_access_key_id = ").append(a.accessKeyId()).append('\n')
                    .append("aws_secret_access_key = ").append(a.secretAccessKey()).append('\n');
        }
        Files.writeString(config, c, StandardCharsets.UTF_8);
        Files.writeString(credentials, k, StandardCharsets.UTF_8);
        return List.of(config, credentials);
    }

    private static void refuseForeign(Path file) throws IOException {
        if (Files.exists(file) && !Files.readString(file, StandardCharsets.UTF_8).startsWith(MARKER)) {
            throw new IOException(file + " exists and was not written by eks-atlas simulate; choose another folder");
        }
    }
}
