package dev.eksatlas.scan.profiles;

/** The kinds of section the SDK reads: profiles in both files; {@code [sso-session]} and {@code [services]} in config only. */
enum SectionType {
    PROFILE("profile"),
    SSO_SESSION("sso-session"),
    SERVICES("services");

    private final String title;

    SectionType(String title) {
        this.title = title;
    }

    /** The word before the name in a config-file header: {@code [sso-session corp]}. */
    String title() {
        return title;
    }
}
