package dev.eksatlas.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.AppContext;
import dev.eksatlas.InventoryChoice;
import dev.eksatlas.settings.AppSettings;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.preferences.PreferencesViewModel.DatabaseKind;
import dev.eksatlas.ui.preferences.PreferencesViewModel.Language;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreferencesViewModelTest {
    @TempDir
    Path dataDir;

    @Test
    void startsOnTheSystemLanguageWhenNoneWasChosen() {
        PreferencesViewModel vm = new PreferencesViewModel(AppSettings.load(dataDir), AppContext.LANGUAGE_KEY);

        assertThat(vm.languageProperty().get()).isEqualTo(Language.SYSTEM);
        assertThat(vm.needsRestart()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"KOREAN, ko, ko", "ENGLISH, en, en", "SYSTEM, system, ''"})
    void storesTheChoiceWhereTheAppReadsItAtStartUp(Language chosen, String stored, String localeLanguage) {
        PreferencesViewModel vm = new PreferencesViewModel(AppSettings.load(dataDir), AppContext.LANGUAGE_KEY);
        vm.languageProperty().set(chosen);
        vm.save();

        String saved = AppSettings.load(dataDir).get(AppContext.LANGUAGE_KEY).orElseThrow();
        assertThat(saved).isEqualTo(stored);
        Locale locale = Messages.localeFor(saved);
        assertThat(locale.getLanguage()).isEqualTo(localeLanguage.isEmpty() ? Locale.getDefault().getLanguage() : localeLanguage);
        assertThat(new PreferencesViewModel(AppSettings.load(dataDir), AppContext.LANGUAGE_KEY).languageProperty().get()).isEqualTo(chosen);
    }

    @Test
    void aChangeNeedsARestart() {
        AppSettings settings = AppSettings.load(dataDir);
        settings.put(AppContext.LANGUAGE_KEY, "en");
        PreferencesViewModel vm = new PreferencesViewModel(settings, AppContext.LANGUAGE_KEY);

        vm.languageProperty().set(Language.KOREAN);

        assertThat(vm.needsRestart()).isTrue();
    }

    @Test
    void storesAPostgresqlAddressAndBackToTheLocalFile() {
        PreferencesViewModel vm = new PreferencesViewModel(AppSettings.load(dataDir), AppContext.LANGUAGE_KEY);
        assertThat(vm.databaseProperty().get()).isEqualTo(DatabaseKind.H2_FILE);

        vm.databaseProperty().set(DatabaseKind.POSTGRESQL);
        vm.serverUrlProperty().set("jdbc:postgresql://db.example.com:5432/atlas");

        assertThat(vm.databaseProblem()).isEmpty();
        assertThat(vm.needsRestart()).isTrue();
        vm.save();
        assertThat(AppSettings.load(dataDir).get(InventoryChoice.SETTING_KEY)).hasValue("jdbc:postgresql://db.example.com:5432/atlas");

        PreferencesViewModel reopened = new PreferencesViewModel(AppSettings.load(dataDir), AppContext.LANGUAGE_KEY);
        assertThat(reopened.databaseProperty().get()).isEqualTo(DatabaseKind.POSTGRESQL);
        reopened.databaseProperty().set(DatabaseKind.H2_FILE);
        reopened.save();
        assertThat(AppSettings.load(dataDir).get(InventoryChoice.SETTING_KEY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://db.example.com:5432/atlas?user=ana&password=hunter2 | holds a password
            db.example.com:5432/atlas                                              | is not a PostgreSQL address
            """)
    void neverStoresAPasswordOrAnAddressThatIsNotOne(String url, String problem) {
        PreferencesViewModel vm = new PreferencesViewModel(AppSettings.load(dataDir), AppContext.LANGUAGE_KEY);
        vm.databaseProperty().set(DatabaseKind.POSTGRESQL);
        vm.serverUrlProperty().set(url);

        assertThat(vm.databaseProblem()).get().asString().contains(problem);
        vm.save();
        assertThat(AppSettings.load(dataDir).get(InventoryChoice.SETTING_KEY)).isEmpty();
    }
}
