package dev.eksatlas.scan;

import java.nio.file.Path;
import java.util.UUID;

/**
 * Stops the AWS SDK from reading the user's AWS files on its own.
 *
 * <p>SDK 2.57.8 parses the default config and credentials files whenever any client is built,
 * even one given its own profile file through {@code ClientOverrideConfiguration}; a single
 * malformed line there ("Profile definition must end with ']'") then fails every client. The app
 * reads those files itself ({@code ProfileCatalog}) and hands the SDK only what parsed cleanly, so
 * once the catalog knows the real locations, the SDK's own look-up is pointed at a file that does
 * not exist, which the SDK reads as empty. Every client gets region, credentials, endpoint and
 * profile file explicitly, so nothing is lost. Call after the user's locations were resolved.
 */
public final class SdkProfileIsolation {
    private static final String NOWHERE = Path.of(System.getProperty("java.io.tmpdir"),
            "eks-atlas-" + UUID.randomUUID(), "no-such-aws-profile-file").toString();

    private SdkProfileIsolation() {
    }

    public static synchronized void apply() {
        System.setProperty("aws.configFile", NOWHERE);
        System.setProperty("aws.sharedCredentialsFile", NOWHERE);
    }
}
