package dev.eksatlas.cli;

import dev.eksatlas.inventory.Database;
import dev.eksatlas.inventory.InventoryCopy;
import dev.eksatlas.inventory.InventoryException;
import dev.eksatlas.inventory.InventoryStore;
import dev.eksatlas.inventory.PostgresUrl;
import dev.eksatlas.inventory.ServerInventory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eks-atlas inventory copy --from A --to B}: copies every snapshot from one inventory to
 * another (a data folder's H2 file, or a PostgreSQL URL), verifies the row counts, and refuses a
 * target that already holds snapshots unless {@code --overwrite}. Exit status 0 when copied, 1 when
 * not (the target is unchanged).
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Copies every snapshot from one inventory to another: a data folder (its H2 file) or a PostgreSQL URL"
                + " (jdbc:postgresql://HOST:PORT/DATABASE), either way. Verifies the counts; the target is unchanged on failure.")
public final class InventoryCopyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "URL-or-DIR", description = "The inventory to copy.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "URL-or-DIR", description = "The inventory to copy into.")
    String to;

    @Option(names = "--overwrite", description = "Replace the snapshots the target already holds (refused without it).")
    boolean overwrite;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (from.trim().equals(to.trim())) {
            err.println("eks-atlas inventory copy: --from and --to name the same inventory.");
            return 1;
        }
        try (Database source = open(from, true); Database target = open(to, false)) {
            InventoryCopy.Result result = new InventoryCopy().copy(source, target, overwrite);
            out.printf("Copied %d snapshots of %d accounts (%d rows) from %s to %s; the row counts of every table match.%n",
                    result.snapshots(), result.accounts(), result.rows(), source.description(), target.description());
            return 0;
        } catch (InventoryException e) {
            err.println("eks-atlas inventory copy: " + e.getMessage());
            return 1;
        }
    }

    private static Database open(String urlOrDir, boolean mustExist) {
        Map<String, String> env = System.getenv();
        if (PostgresUrl.looksLikeOne(urlOrDir)) {
            return new ServerInventory(env, Path.of(System.getProperty("user.home")), new ConsolePasswordPrompt())
                    .open(PostgresUrl.parse(urlOrDir));
        }
        Path dir = Path.of(urlOrDir).toAbsolutePath().normalize();
        if (mustExist && !Files.exists(InventoryStore.databaseFile(dir))) {
            throw new InventoryException("There is no inventory in " + dir + " (no " + InventoryStore.databaseFile(dir).getFileName()
                    + " there). Give the data folder of an inventory, or a jdbc:postgresql:// URL.");
        }
        return new InventoryStore(Clock.systemUTC()).openFile(dir);
    }
}
