package dev.eksatlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logging through java.util.logging (the AWS SDK's SLF4J output is bridged to it): details go to
 * {@code logs/eks-atlas.N.log} in the data folder, only warnings to the console. Credentials are
 * never logged by the app; the SDK's wire logging stays off.
 */
public final class AppLogging {
    private AppLogging() {
    }

    public static void configure(Path dataDir) {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        root.addHandler(console);
        try {
            Path logs = dataDir.resolve("logs");
            Files.createDirectories(logs);
            Handler file = new FileHandler(logs.resolve("eks-atlas.%g.log").toString(), 2_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            root.warning("Logging to a file is off: " + e.getMessage());
        }
        // Quieten libraries that narrate routine work at INFO.
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Logger.getLogger("software.amazon.awssdk").setLevel(Level.WARNING);
        Logger.getLogger("org.apache.hc").setLevel(Level.WARNING);
    }
}
