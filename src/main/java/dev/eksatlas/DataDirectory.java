package dev.eksatlas;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the inventory lives: {@code --data-dir}, else {@code EKS_ATLAS_HOME}, else the per-user
 * data folder of the OS ({@code $XDG_DATA_HOME/eks-atlas} or {@code ~/.local/share/eks-atlas} on
 * Linux, {@code %APPDATA%\EKS Identity Atlas} on Windows,
 * {@code ~/Library/Application Support/EKS Identity Atlas} on macOS).
 */
public final class DataDirectory {
    public static final String ENV_VAR = "EKS_ATLAS_HOME";
    public static final String APP_FOLDER = "EKS Identity Atlas";

    private DataDirectory() {
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Path option, Map<String, String> env, String osName, String userHome) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "eks-atlas");
        }
        return Path.of(userHome, ".local", "share", "eks-atlas");
    }
}
