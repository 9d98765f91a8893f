package dev.eksatlas.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.settings.AppSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleTokenSwitchTest {
    @TempDir
    Path dataDir;

    @Test
    void isOffAtEveryStartAndRemembersOnlyTheWindow() {
        AppSettings settings = AppSettings.load(dataDir);
        StaleTokenSwitch first = new StaleTokenSwitch(settings);
        assertThat(first.enabledProperty().get()).isFalse();
        assertThat(first.options().staleTokens()).isFalse();
        assertThat(first.windowProperty().get()).isEqualTo("7d");

        first.enabledProperty().set(true);
        first.windowProperty().set("14d");
        assertThat(first.options().staleTokens()).isTrue();
        assertThat(first.options().staleTokenWindow()).isEqualTo(Duration.ofDays(14));
        settings.save();

        StaleTokenSwitch next = new StaleTokenSwitch(AppSettings.load(dataDir));
        assertThat(next.enabledProperty().get()).isFalse();
        assertThat(next.windowProperty().get()).isEqualTo("14d");
    }
}
