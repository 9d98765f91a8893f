package dev.eksatlas;

import dev.eksatlas.settings.AppSettings;
import java.util.Map;
import java.util.Optional;

/**
 * Which inventory the app works on: a PostgreSQL team inventory when a URL is given by
 * {@code --db-url}, else by {@code EKS_ATLAS_DB_URL}, else in the preferences; otherwise the
 * embedded H2 file in the data folder (the default).
 */
public final class InventoryChoice {
    public static final String ENV_VAR = "EKS_ATLAS_DB_URL";
    /** The preference key; it holds a URL only, never a password. */
    public static final String SETTING_KEY = "database.url";

    private InventoryChoice() {
    }

    public static Optional<String> serverUrl(String option, Map<String, String> env, AppSettings settings) {
        if (option != null && !option.isBlank()) {
            return Optional.of(option.trim());
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv.trim());
        }
        return settings.get(SETTING_KEY).map(String::trim);
    }
}
