package dev.eksatlas.cli;

import dev.eksatlas.inventory.PasswordPrompt;
import java.io.Console;
import java.util.Optional;

/** Asks for a team inventory's password on the terminal, without echo; with no terminal (a scheduled run) it cannot ask. */
final class ConsolePasswordPrompt implements PasswordPrompt {
    @Override
    public Optional<String> ask(String inventory, String user) {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("Password of %s for %s: ", user, inventory);
        return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(new String(typed));
    }
}
