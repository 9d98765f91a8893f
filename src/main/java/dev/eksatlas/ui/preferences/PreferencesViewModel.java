package dev.eksatlas.ui.preferences;

import dev.eksatlas.InventoryChoice;
import dev.eksatlas.inventory.InventoryException;
import dev.eksatlas.inventory.PostgresUrl;
import dev.eksatlas.settings.AppSettings;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The preferences the user sets by hand: the language (the system's, English or Korean) and the
 * inventory database (the embedded H2 file, or a PostgreSQL team inventory by URL; never a
 * password). The app reads both at start-up, so a change applies on the next start.
 */
public final class PreferencesViewModel {
    /** The values stored under the language key; anything else means the system's language. */
    public enum Language {
        SYSTEM("system"), ENGLISH("en"), KOREAN("ko");

        private final String setting;

        Language(String setting) {
            this.setting = setting;
        }

        public String setting() {
            return setting;
        }

        static Language of(String setting) {
            return List.of(values()).stream().filter(l -> l.setting.equals(setting)).findFirst().orElse(SYSTEM);
        }
    }

    /** Where the inventory lives. */
    public enum DatabaseKind { H2_FILE, POSTGRESQL }

    private final AppSettings settings;
    private final String languageKey;
    private final Language started;
    private final String startedUrl;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<DatabaseKind> database = new SimpleObjectProperty<>();
    private final StringProperty serverUrl = new SimpleStringProperty("");

    public PreferencesViewModel(AppSettings settings, String languageKey) {
        this.settings = settings;
        this.languageKey = languageKey;
        this.started = Language.of(settings.get(languageKey).orElse("system"));
        this.startedUrl = settings.get(InventoryChoice.SETTING_KEY).orElse("");
        language.set(started);
        database.set(startedUrl.isEmpty() ? DatabaseKind.H2_FILE : DatabaseKind.POSTGRESQL);
        serverUrl.set(startedUrl);
    }

    public ObjectProperty<DatabaseKind> databaseProperty() {
        return database;
    }

    /** The team inventory's address, used when {@link DatabaseKind#POSTGRESQL} is chosen. */
    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    /** Why the chosen database setting cannot be saved (an address that is not one, or holds a password); empty when it can. */
    public Optional<String> databaseProblem() {
        if (database.get() != DatabaseKind.POSTGRESQL) {
            return Optional.empty();
        }
        try {
            PostgresUrl.parse(serverUrl.get());
            return Optional.empty();
        } catch (InventoryException e) {
            return Optional.of(e.getMessage());
        }
    }

    private String chosenUrl() {
        return database.get() == DatabaseKind.POSTGRESQL ? serverUrl.get().trim() : "";
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** True when the chosen language differs from the one the app started with (say that a restart applies it). */
    public boolean needsRestart() {
        return language.get() != started || !chosenUrl().equals(startedUrl);
    }

    /** Stores the choices in the preferences file; a database setting with a {@link #databaseProblem()} is not stored. */
    public void save() {
        settings.put(languageKey, language.get().setting());
        if (databaseProblem().isEmpty()) {
            settings.put(InventoryChoice.SETTING_KEY, chosenUrl().isEmpty() ? null : chosenUrl());
        }
        settings.save();
    }
}
