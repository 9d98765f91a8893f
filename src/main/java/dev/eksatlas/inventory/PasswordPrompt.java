package dev.eksatlas.inventory;

import java.util.Optional;

/**
 * Asks the user for the password of a team inventory when neither the environment nor a password
 * file gives one: the console on the command line, a dialog in the app. What it returns is held
 * in memory only.
 */
@FunctionalInterface
public interface PasswordPrompt {
    /** @param inventory how the inventory is named to the user; empty when the user declined or cannot be asked */
    Optional<String> ask(String inventory, String user);

    static PasswordPrompt none() {
        return (inventory, user) -> Optional.empty();
    }
}
