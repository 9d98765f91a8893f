package dev.eksatlas.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every word a user reads comes from {@code dev/eksatlas/ui/messages*.properties}, English and Korean. */
public final class Messages {
    public static final String BUNDLE = "dev.eksatlas.ui.messages";
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language from the preferences: {@code en}, {@code ko}, or anything else for the OS locale. */
    public static Locale localeFor(String language) {
        return switch (language == null ? "" : language) {
            case "en" -> Locale.ENGLISH;
            case "ko" -> Locale.KOREAN;
            default -> Locale.getDefault();
        };
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }
}
