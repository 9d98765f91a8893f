package dev.eksatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every word a user reads comes from the bundles, in English and in Korean: the two must have the same keys. */
class MessageBundlesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/dev/eksatlas/ui/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyExistsInEnglishAndKorean() throws IOException {
        Properties en = load("messages.properties");
        Properties ko = load("messages_ko.properties");

        assertThat(ko.stringPropertyNames()).as("keys missing from messages_ko.properties")
                .containsAll(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).as("keys missing from messages.properties")
                .containsAll(ko.stringPropertyNames());
    }

    @Test
    void noValueIsBlank() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_ko.properties"}) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).allSatisfy(k -> assertThat(p.getProperty(k)).as(bundle + " " + k).isNotBlank());
        }
    }
}
