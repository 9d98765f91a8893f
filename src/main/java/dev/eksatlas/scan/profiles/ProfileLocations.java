package dev.eksatlas.scan.profiles;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the shared files are and which profile is the default, resolved the way the AWS SDK for
 * Java v2 does it ({@code ProfileFileSystemSetting}, {@code ProfileFileLocation}): a system
 * property wins over the environment variable, a leading {@code ~/} means the home folder.
 * Blank settings count as unset.
 */
public record ProfileLocations(Path configFile, Path credentialsFile, String defaultProfileName) {

    public ProfileLocations {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(credentialsFile, "credentialsFile");
        Objects.requireNonNull(defaultProfileName, "defaultProfileName");
    }

    /** From explicit settings, so that tests never touch the real home folder. */
    public static ProfileLocations resolve(Map<String, String> environment, Map<String, String> systemProperties, Path home) {
        Settings settings = new Settings(environment, systemProperties);
        Path config = settings.path("aws.configFile", "AWS_CONFIG_FILE", home).orElse(home.resolve(".aws").resolve("config"));
        Path credentials = settings.path("aws.sharedCredentialsFile", "AWS_SHARED_CREDENTIALS_FILE", home)
                .orElse(home.resolve(".aws").resolve("credentials"));
        String profile = settings.value("aws.profile", "AWS_PROFILE").orElse("default");
        return new ProfileLocations(config, credentials, profile);
    }

    /** From this process's environment and system properties. */
    public static ProfileLocations fromSystem() {
        Map<String, String> properties = Settings.copyOf(System.getProperties());
        return resolve(System.getenv(), properties, userHome(System.getenv(), properties));
    }

    /**
     * The SDK's home folder ({@code UserHomeDirectoryUtils}): {@code HOME}, then on Windows
     * {@code USERPROFILE} or {@code HOMEDRIVE}+{@code HOMEPATH}, then {@code user.home}.
     */
    static Path userHome(Map<String, String> environment, Map<String, String> systemProperties) {
        Settings variables = new Settings(environment, Map.of());
        Optional<String> home = variables.value(null, "HOME");
        if (home.isPresent()) {
            return Path.of(home.get());
        }
        if (systemProperties.getOrDefault("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            Optional<String> userProfile = variables.value(null, "USERPROFILE");
            if (userProfile.isPresent()) {
                return Path.of(userProfile.get());
            }
            Optional<String> drive = variables.value(null, "HOMEDRIVE");
            Optional<String> path = variables.value(null, "HOMEPATH");
            if (drive.isPresent() && path.isPresent()) {
                return Path.of(drive.get() + path.get());
            }
        }
        return Path.of(systemProperties.getOrDefault("user.home", "."));
    }
}
