package dev.eksatlas.scan.profiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;

/** Writes shared files into a test folder and loads them; never touches the real home folder. */
final class TestProfiles {
    private TestProfiles() {
    }

    /** Loads {@code config} and {@code credentials} text (null: the file does not exist) from {@code folder}. */
    static ProfileCatalog load(Path folder, String config, String credentials) {
        return ProfileCatalog.load(new ProfileLocations(write(folder.resolve("config"), config),
                write(folder.resolve("credentials"), credentials), "default"));
    }

    static ProfileCatalog loadConfig(Path folder, String config) {
        return load(folder, config, null);
    }

    static Path write(Path file, String text) {
        if (text != null) {
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    static Path fixture(String name) {
        try {
            return Path.of(TestProfiles.class.getResource("/fixtures/profiles/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resolves a profile's credentials with the SDK's own provider over the catalog's sanitised file. */
    static AwsCredentials resolve(ProfileCatalog catalog, String profileName) {
        try (ProfileCredentialsProvider provider = ProfileCredentialsProvider.builder()
                .profileFile(catalog.sdkProfileFile()).profileName(profileName).build()) {
            return provider.resolveCredentials();
        }
    }

    /** Lines joined with {@code \n}; table rows write {@code " // "} between the lines of a file. */
    static String lines(String tableCell) {
        return String.join("\n", tableCell.split(" // ")) + "\n";
    }
}
