package dev.eksatlas.scan;

/** Turns a profile name into credentials to scan with; throws {@link ProfileException} with a message for the user. */
@FunctionalInterface
public interface ProfileResolver {
    ResolvedProfile resolve(String profileName);
}
