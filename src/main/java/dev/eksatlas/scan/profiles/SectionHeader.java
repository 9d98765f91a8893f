package dev.eksatlas.scan.profiles;

import java.util.regex.Pattern;

/**
 * Reads the text between the brackets of a header line as the SDK does
 * ({@code ProfileFileReader}): in config, {@code [profile NAME]}, {@code [default]},
 * {@code [sso-session NAME]} and {@code [services NAME]}; in credentials, {@code [NAME]}. Either
 * the header is accepted (a section key) or rejected with the reason in plain words.
 */
record SectionHeader(SectionKey key, boolean profilePrefix, String rejection) {

    /** The SDK's allowed name and key characters. */
    static final Pattern VALID_NAME = Pattern.compile("[A-Za-z0-9_\\-/.%@:+]+");
    static final String ALLOWED_CHARACTERS = "letters, digits and - / . % @ _ : +";

    boolean accepted() {
        return rejection == null;
    }

    static SectionHeader parse(String bracketed, ProfileFileType fileType) {
        String inner = bracketed.substring(1, bracketed.length() - 1).trim();
        return fileType == ProfileFileType.CONFIG ? parseConfig(inner) : parseCredentials(inner);
    }

    private static SectionHeader parseConfig(String inner) {
        if (inner.equals("default")) {
            return accept(SectionType.PROFILE, "default", false);
        }
        for (SectionType type : SectionType.values()) {
            if (hasTitle(inner, type)) {
                return accept(type, inner.substring(type.title().length()).trim(), type == SectionType.PROFILE);
            }
            if (inner.equals(type.title())) {
                return reject("[" + inner + "] needs a name, as in [" + inner + " my-name]; the section is ignored");
            }
        }
        return reject("[" + inner + "] is ignored: in the config file a profile is written [profile " + inner
                + "] (only [default] may leave out 'profile')");
    }

    private static SectionHeader parseCredentials(String inner) {
        if (hasTitle(inner, SectionType.PROFILE)) {
            return reject("[" + inner + "] is ignored: in the credentials file a profile is written ["
                    + inner.substring("profile".length()).trim() + "], without 'profile'");
        }
        if (hasTitle(inner, SectionType.SSO_SESSION) || hasTitle(inner, SectionType.SERVICES)) {
            return reject("[" + inner + "] is ignored: this kind of section belongs in the config file, not the credentials file");
        }
        return accept(SectionType.PROFILE, inner, false);
    }

    private static boolean hasTitle(String inner, SectionType type) {
        return inner.startsWith(type.title() + " ") || inner.startsWith(type.title() + "\t");
    }

    private static SectionHeader accept(SectionType type, String name, boolean profilePrefix) {
        if (name.isEmpty()) {
            return reject("the section has no name; it is ignored");
        }
        if (!VALID_NAME.matcher(name).matches()) {
            return reject("the name '" + name + "' has characters other than " + ALLOWED_CHARACTERS + "; the section is ignored");
        }
        return new SectionHeader(new SectionKey(type, name), profilePrefix, null);
    }

    private static SectionHeader reject(String reason) {
        return new SectionHeader(null, false, reason);
    }
}
