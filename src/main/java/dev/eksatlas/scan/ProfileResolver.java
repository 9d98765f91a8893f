package dev.eksatlas.scan;

/** Turns a profile name into credentials to scan with; throws {@link ProfileException} with a message for the user. */
@FunctionalInterface
public interface ProfileResolver {
    ResolvedProfile resolve(String profileName);

    /** Plain words, with the fix, for a failure while using the profile's credentials. */
    default String explain(String profileName, RuntimeException failure) {
        return CredentialAdvice.explain(profileName, failure);
    }
}
