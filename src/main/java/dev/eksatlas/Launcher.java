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
        if (args.length == 0) {
            // The double-click start skips the command-line model: picocli is Java 5 bytecode, which
            // the AOT cache cannot hold, and building its model was a large share of the start-up.
            InventoryApp.launchWindow(DataDirectory.resolve(null), null);
            System.exit(0);
        }
        int status = AtlasCommand.run(args);
        System.exit(status);
    }
}
