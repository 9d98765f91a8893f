package dev.eksatlas.scan.profiles;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.utils.internal.SystemSettingUtilsTestBackdoor;

/**
 * Points the SDK at test folders and endpoints for the length of a try block, then puts
 * everything back. The SDK finds the SSO token cache under {@code HOME} before {@code user.home};
 * its own test back door overrides the environment variable without touching the process's.
 */
final class SdkSettingsOverride implements AutoCloseable {
    private final Map<String, String> previousProperties = new HashMap<>();

    static SdkSettingsOverride home(Path home) {
        SdkSettingsOverride override = new SdkSettingsOverride();
        SystemSettingUtilsTestBackdoor.addEnvironmentVariableOverride("HOME", home.toString());
        return override.property("user.home", home.toString());
    }

    SdkSettingsOverride property(String name, String value) {
        previousProperties.putIfAbsent(name, System.getProperty(name));
        System.setProperty(name, value);
        return this;
    }

    @Override
    public void close() {
        SystemSettingUtilsTestBackdoor.clearEnvironmentVariableOverrides();
        previousProperties.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }
}
