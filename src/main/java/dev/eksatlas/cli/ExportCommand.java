package dev.eksatlas.cli;

import dev.eksatlas.AppContext;
import dev.eksatlas.AppVersion;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.export.CsvWriter;
import dev.eksatlas.export.ExportException;
import dev.eksatlas.export.ExportInput;
import dev.eksatlas.export.ExportManifest;
import dev.eksatlas.export.ExportService;
import dev.eksatlas.export.Selection;
import dev.eksatlas.export.SnapshotSource;
import dev.eksatlas.export.WrittenFile;
import dev.eksatlas.inventory.InventoryException;
import dev.eksatlas.report.Report;
import dev.eksatlas.report.ReportRegistry;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code eks-atlas export}: writes reports from the latest snapshots in the inventory, with no AWS
 * calls. Exit status 0 when written, 1 when the export failed (nothing was changed), 2 for a usage
 * error.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes CSV audit reports from the latest snapshots in the inventory (no AWS calls).")
public final class ExportCommand implements Callable<Integer> {
    static final String STDOUT = "-";
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private final Function<Path, SnapshotSource> inventory;
    private final ReportRegistry reports;
    private final OutputStream stdout;

    @ParentCommand
    AtlasCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--report", required = true, paramLabel = "NAME",
            description = "The report to write, or 'all' for every report and a manifest. An unknown name lists the known ones.")
    String report;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    AccountChoice accounts = new AccountChoice();

    @Option(names = "--cluster", paramLabel = "NAME-or-ARN", description = "Only rows about this cluster.")
    String cluster;

    @Option(names = "--bom", description = "Start each file with a UTF-8 byte-order mark, which Excel needs to read non-ASCII text.")
    boolean bom;

    @Option(names = "--out", required = true, paramLabel = "FILE|DIR|-",
            description = "A file, a folder (the report is written there as NAME.csv; required for 'all'), or - for standard output.")
    String out;

    static final class AccountChoice {
        @Option(names = "--profile", paramLabel = "P", description = "Only accounts scanned through this AWS profile.")
        String profile;

        @Option(names = "--account", paramLabel = "ID", description = "Only this AWS account (12 digits).")
        String accountId;
    }

    /** The command as picocli builds it: reads the inventory of the data folder. */
    public ExportCommand() {
        // The data folder is the parent's; so are --db-url and the password prompt of a team inventory.
        this.inventory = dataDir -> inventory(dataDir, parent::openInventory);
        this.reports = new ReportRegistry(ReportRegistry.standardReports());
        this.stdout = System.out;
    }

    /** @param inventory opens the snapshot source of a data folder; @param stdout where {@code --out -} writes */
    public ExportCommand(Function<Path, SnapshotSource> inventory, ReportRegistry reports, OutputStream stdout) {
        this.inventory = inventory;
        this.reports = reports;
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        boolean all = ReportRegistry.ALL.equals(report);
        Report<?> chosen = all ? null : reports.find(report).orElseThrow(this::unknownReport);
        Selection selection = selection();
        Path target = target(all);
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<AccountSnapshot> snapshots = inventory.apply(parent.dataDirectory()).latest(selection);
            if (snapshots.isEmpty()) {
                err.println("No scanned account in the inventory matches" + describe(selection) + ". Run a scan first.");
                return 1;
            }
            ExportInput input = ExportInput.of(snapshots, selection);
            if (input.scope().matchesNothing()) {
                err.println("No cluster named '" + cluster + "' (or with that ARN) in the latest snapshots" + describe(selection) + ".");
                return 1;
            }
            ExportService service = new ExportService(new CsvWriter(bom), AppVersion.get());
            if (all) {
                printManifest(service.writeAll(reports.all(), input, target));
            } else if (target == null) {
                service.writeReport(chosen, input, stdout);
            } else {
                Path file = Files.isDirectory(target) ? target.resolve(ExportService.fileName(chosen.name())) : target;
                WrittenFile written = service.writeReport(chosen, input, file);
                spec.commandLine().getOut().printf("Wrote %d rows of %s to %s (SHA-256 %s)%n", written.rows(), written.report(), file, written.sha256());
            }
            return 0;
        } catch (ExportException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private void printManifest(ExportManifest manifest) {
        PrintWriter o = spec.commandLine().getOut();
        for (WrittenFile f : manifest.reports()) {
            o.printf("Wrote %d rows of %s to %s%n", f.rows(), f.report(), f.file());
        }
        o.printf("Wrote %s and %s to %s%n", ExportService.MANIFEST, ExportService.CHECKSUMS, out);
    }

    private Selection selection() {
        String accountId = accounts.accountId;
        if (accountId != null && !ACCOUNT_ID.matcher(accountId).matches()) {
            throw new ParameterException(spec.commandLine(), "--account must be a 12-digit AWS account ID, not '" + accountId + "'.");
        }
        return new Selection(accounts.profile, accountId, cluster);
    }

    /** The file or folder to write, or null for standard output. */
    private Path target(boolean all) {
        if (STDOUT.equals(out)) {
            if (all) {
                throw new ParameterException(spec.commandLine(), "--report all writes several files: give a folder to --out, not '-'.");
            }
            return null;
        }
        Path path;
        try {
            path = Path.of(out);
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "--out '" + out + "' is not a valid path on this system: " + e.getReason() + ".");
        }
        if (all && Files.exists(path) && !Files.isDirectory(path)) {
            throw new ParameterException(spec.commandLine(), "--report all writes several files: --out must be a folder, and " + out + " is a file.");
        }
        return path;
    }

    private ParameterException unknownReport() {
        return new ParameterException(spec.commandLine(), "Unknown report '" + report + "'. Known reports: "
                + String.join(", ", reports.names()) + ", or " + ReportRegistry.ALL + " for every one.");
    }

    private static String describe(Selection s) {
        if (s.profile() != null) {
            return " (profile " + s.profile() + ")";
        }
        return s.accountId() != null ? " (account " + s.accountId() + ")" : "";
    }

    private static SnapshotSource inventory(Path dataDir, Supplier<AppContext> open) {
        return selection -> {
            try (AppContext context = open.get()) {
                return context.snapshots().findLatest().stream().filter(selection::admits).toList();
            } catch (InventoryException e) {
                throw new ExportException(dataDir, e.getMessage(), e);
            }
        };
    }
}
