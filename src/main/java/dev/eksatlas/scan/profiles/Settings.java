package dev.eksatlas.scan.profiles;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** An SDK-style setting: the system property first, then the environment variable; blank is unset. */
record Settings(Map<String, String> environment, Map<String, String> systemProperties) {

    Optional<String> value(String systemProperty, String environmentVariable) {
        String fromProperty = systemProperty == null ? null : systemProperties.get(systemProperty);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty.strip());
        }
        String fromEnvironment = environment.get(environmentVariable);
        return fromEnvironment == null || fromEnvironment.isBlank() ? Optional.empty() : Optional.of(fromEnvironment.strip());
    }

    /** A file setting; {@code ~/} (or {@code ~} and the platform separator) at the start means the home folder, as in the SDK. */
    Optional<Path> path(String systemProperty, String environmentVariable, Path home) {
        return value(systemProperty, environmentVariable).map(text -> {
            String separator = FileSystems.getDefault().getSeparator();
            if (text.startsWith("~/") || text.startsWith("~" + separator)) {
                return home.resolve(text.substring(2));
            }
            return Path.of(text);
        });
    }

    static Map<String, String> copyOf(Properties properties) {
        Map<String, String> copy = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> copy.put(name, properties.getProperty(name)));
        return copy;
    }
}
