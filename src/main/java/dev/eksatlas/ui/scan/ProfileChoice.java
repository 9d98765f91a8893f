package dev.eksatlas.ui.scan;

import dev.eksatlas.scan.profiles.ProfileKind;
import dev.eksatlas.scan.profiles.ProfileProblem;
import java.util.List;

/**
 * One entry of the profile switcher: a profile of the user's AWS files, or the demo fleet.
 * {@code lastAccounts} are the accounts it reached in the inventory's latest snapshots.
 */
public record ProfileChoice(boolean demo, String name, ProfileKind kind, String region,
        List<ProfileProblem> problems, List<String> lastAccounts) {
    private static final String DEMO_SETTING = "demo";
    private static final String PROFILE_SETTING = "profile:";

    public ProfileChoice {
        problems = List.copyOf(problems);
        lastAccounts = List.copyOf(lastAccounts);
    }

    public static ProfileChoice demo(List<String> lastAccounts) {
        return new ProfileChoice(true, DEMO_SETTING, null, null, List.of(), lastAccounts);
    }

    /** How the choice is remembered in the preferences. */
    public String setting() {
        return demo ? DEMO_SETTING : PROFILE_SETTING + name;
    }

    public boolean matches(String setting) {
        return setting().equals(setting);
    }
}
