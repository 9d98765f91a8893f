package dev.eksatlas.scan.profiles;

/** A section's identity within one file: two headers with the same key are merged, as the SDK does. */
record SectionKey(SectionType type, String name) {

    static SectionKey profile(String name) {
        return new SectionKey(SectionType.PROFILE, name);
    }

    /** For messages: {@code profile 'dev'}, {@code sso-session 'corp'}. */
    String describe() {
        return type.title() + " '" + name + "'";
    }
}
