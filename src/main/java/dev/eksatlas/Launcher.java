package dev.eksatlas;

import dev.eksatlas.cli.AtlasCommand;

/**
 * The {@code java -jar} entry point. It is not a JavaFX {@code Application} on purpose: a
 * classpath launch of an {@code Application} subclass as main class fails with "JavaFX runtime
 * components are missing". No arguments open the window; a subcommand runs the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        int status = AtlasCommand.run(args);
        System.exit(status);
    }
}
