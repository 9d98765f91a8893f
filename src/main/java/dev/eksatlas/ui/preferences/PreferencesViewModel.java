package dev.eksatlas.ui.preferences;

import dev.eksatlas.settings.AppSettings;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The preferences the user sets by hand: for now the language (the system's, English or Korean),
 * which the app reads at start-up, so a change applies on the next start.
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

    private final AppSettings settings;
    private final String languageKey;
    private final Language started;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();

    public PreferencesViewModel(AppSettings settings, String languageKey) {
        this.settings = settings;
        this.languageKey = languageKey;
        this.started = Language.of(settings.get(languageKey).orElse("system"));
        language.set(started);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** True when the chosen language differs from the one the app started with (say that a restart applies it). */
    public boolean needsRestart() {
        return language.get() != started;
    }

    /** Stores the choice in the preferences file. */
    public void save() {
        settings.put(languageKey, language.get().setting());
        settings.save();
    }
}
