package dev.eksatlas.cli;

import dev.eksatlas.AppContext;
import dev.eksatlas.AppVersion;
import dev.eksatlas.InventoryChoice;
import dev.eksatlas.DataDirectory;
import dev.eksatlas.InventoryApp;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code eks-atlas} command: no subcommand opens the window. */
@Command(name = "eks-atlas",
        mixinStandardHelpOptions = true,
        versionProvider = AtlasCommand.Version.class,
        description = "EKS Identity Atlas: how every workload in every EKS cluster gets its AWS credentials "
                + "(IRSA and EKS Pod Identity side by side). Without a command, opens the window.",
        subcommands = {ScanCommand.class, ExportCommand.class, InventoryCommand.class, ExplainTrustCommand.class, SimulateCommand.class,
                CommandLine.HelpCommand.class})
public final class AtlasCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of the inventory (default: $" + DataDirectory.ENV_VAR + ", else the per-user data folder).")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "A PostgreSQL team inventory, jdbc:postgresql://HOST:PORT/DATABASE (default: $" + InventoryChoice.ENV_VAR
                    + ", else the preferences, else the H2 file in the data folder). User from the URL (?user=) or"
                    + " $EKS_ATLAS_DB_USER/$PGUSER; password from $EKS_ATLAS_DB_PASSWORD/$PGPASSWORD, ~/.pgpass, or asked for.")
    String dbUrl;

    /** Runs the command line and returns the process exit status. */
    public static int run(String[] args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, CommandLine.defaultFactory());
    }

    /** The command line with subcommands made by {@code factory}: how the composition root and tests give them their services. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(new AtlasCommand(), factory);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public Path dataDirectory() {
        return DataDirectory.resolve(dataDir);
    }

    /** Opens the inventory chosen by the options, the environment and the preferences, asking for a password on the console. */
    public AppContext openInventory() {
        return AppContext.open(dataDirectory(), dbUrl, new ConsolePasswordPrompt());
    }

    @Override
    public Integer call() {
        InventoryApp.launchWindow(dataDirectory(), dbUrl);
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"eks-atlas " + AppVersion.get(),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
