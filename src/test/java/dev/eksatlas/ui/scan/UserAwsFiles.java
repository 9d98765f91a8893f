package dev.eksatlas.ui.scan;

import dev.eksatlas.scan.profiles.ProfileLocations;
import dev.eksatlas.simulator.AwsConfigWriter;
import dev.eksatlas.simulator.FleetSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A user's AWS files for the tests: one static-keys profile per account of a simulator
 * ({@code team-prod}, {@code team-staging}, ...), a profile with no credentials (itself a problem
 * the catalog reports), an SSO profile nobody signed in to, and a broken section header on a
 * known line.
 */
final class UserAwsFiles {
    static final String EXTRA_CONFIG = """

            [profile region-only]
            region = eu-west-1

            [profile sso-dev]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = ReadOnly
            region = us-east-1

            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = us-east-1
            """;
    static final String BROKEN_LINE = "[profile broken";

    private UserAwsFiles() {
    }

    /** Writes the files into {@code dir}; returns their locations and the 1-based line of the broken header. */
    static Written write(Path dir, FleetSimulator sim) throws IOException {
        AwsConfigWriter.write(dir, sim.fleet(), sim.endpoint());
        Path config = dir.resolve("config");
        Path credentials = dir.resolve("credentials");
        String prefix = sim.fleet().spec().preset() + "-";
        String text = rename(Files.readString(config), prefix) + EXTRA_CONFIG + BROKEN_LINE + "\n";
        Files.writeString(config, text, StandardCharsets.UTF_8);
        Files.writeString(credentials, rename(Files.readString(credentials), prefix), StandardCharsets.UTF_8);
        int brokenLine = (int) text.lines().count();
        return new Written(new ProfileLocations(config, credentials, "default"), brokenLine);
    }

    /** The simulator names its profiles after its preset (demo-prod); the user's are team-*, never taken for the demo's. */
    private static String rename(String text, String prefix) {
        return text.replace("[profile " + prefix, "[profile team-").replace("[" + prefix, "[team-");
    }

    record Written(ProfileLocations locations, int brokenLine) {
    }
}
