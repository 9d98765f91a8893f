package dev.eksatlas.cli;

import dev.eksatlas.AppContext;
import dev.eksatlas.inventory.InventoryException;
import dev.eksatlas.scan.CancelSignal;
import dev.eksatlas.scan.RegionChoice;
import dev.eksatlas.scan.ScanCancelledException;
import dev.eksatlas.scan.ScanLimits;
import dev.eksatlas.scan.ScanOptions;
import dev.eksatlas.scan.ScanReport;
import dev.eksatlas.scan.ScanRequest;
import dev.eksatlas.scan.SdkProfileIsolation;
import dev.eksatlas.scan.SdkProfileResolver;
import dev.eksatlas.scan.WindowText;
import dev.eksatlas.scan.profiles.ProfileCatalog;
import dev.eksatlas.scan.profiles.ProfileLocations;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code eks-atlas scan}: scans the accounts behind AWS profiles into the inventory. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Scan the accounts behind AWS profiles into the inventory.",
                "Exit status: 0 complete, 2 complete with coverage gaps or failed profiles, 1 failed."})
public final class ScanCommand implements Callable<Integer> {
    @ParentCommand
    private AtlasCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "NAME", description = "AWS profile to scan (repeatable).")
    private List<String> profiles;

    @ArgGroup(exclusive = true)
    private RegionOptions regions;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "32", description = "AWS calls in flight at most (default: ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--rate", split = ",", paramLabel = "SERVICE=N",
            description = "Calls per second allowed per account (IAM, STS) or per account and region (EKS), kept below AWS's"
                    + " throttling levels (default: iam=15,eks=20,sts=10).")
    private Map<String, Double> rates = Map.of();

    @Option(names = "--stale-tokens",
            description = {"Also look for stale service-account tokens in the audit logs of clusters with audit logging:"
                    + " one CloudWatch Logs Insights query per cluster. AWS bills Logs Insights per GB of log data scanned,"
                    + " and audit logs are large, so this is off by default."})
    private boolean staleTokens;

    @Option(names = "--stale-token-window", paramLabel = "DURATION",
            description = "How far back the stale-token query looks, e.g. 7d, 24h, 90m (default: 7d; at most 90d). The cost grows with it.")
    private String staleTokenWindow;

    static final class RegionOptions {
        @Option(names = "--regions", split = ",", paramLabel = "REGION", description = "Regions to scan, comma-separated (default: each profile's region).")
        List<String> list;

        @Option(names = "--all-regions", description = "Every region where EKS is offered in the account's partition.")
        boolean all;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RegionChoice choice = regions == null ? RegionChoice.profileRegion()
                : regions.all ? RegionChoice.all() : RegionChoice.of(regions.list);
        ScanLimits defaults = ScanLimits.defaults();
        for (String service : rates.keySet()) {
            if (!List.of("iam", "eks", "sts").contains(service) || rates.get(service) <= 0) {
                err.println("eks-atlas scan: --rate takes iam=N, eks=N or sts=N with N above 0, not " + service + "=" + rates.get(service));
                return 1;
            }
        }
        ScanLimits limits = defaults.withMaxInFlight(concurrency).withRates(rates.getOrDefault("iam", defaults.iamCallsPerSecond()),
                rates.getOrDefault("eks", defaults.eksCallsPerSecond()), rates.getOrDefault("sts", defaults.stsCallsPerSecond()));
        if (staleTokenWindow != null && !staleTokens) {
            err.println("eks-atlas scan: --stale-token-window needs --stale-tokens (the check is off by default: Logs Insights is billed per GB scanned)");
            return 1;
        }
        ScanOptions options = ScanOptions.defaults();
        try {
            if (staleTokens) {
                options = options.withStaleTokens(staleTokenWindow == null ? ScanOptions.DEFAULT_WINDOW : WindowText.parse(staleTokenWindow));
                err.println("Checking audit logs for stale tokens over the last " + WindowText.format(options.staleTokenWindow())
                        + ": CloudWatch Logs Insights bills the data each query scans.");
            }
        } catch (IllegalArgumentException e) {
            err.println("eks-atlas scan: " + e.getMessage());
            return 1;
        }
        ScanRequest request = new ScanRequest(profiles, choice, limits, options);
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread onInterrupt = new Thread(() -> cancelled.set(true), "scan-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        ProfileCatalog catalog = ProfileCatalog.load(ProfileLocations.fromSystem());
        SdkProfileIsolation.apply();
        catalog.problems().forEach(p -> err.println("warning: " + p.describe()));
        try (AppContext context = root.openInventory();
                SdkProfileResolver resolver = SdkProfileResolver.of(catalog)) {
            ScanReport report = context.scanService(resolver).scan(request, new ConsoleProgress(err),
                    (CancelSignal) cancelled::get, context.writer()::save);
            new ScanSummary(report).print(out, err);
            return report.accounts().isEmpty() ? 1 : report.hasCoverageGaps() || !report.failures().isEmpty() ? 2 : 0;
        } catch (ScanCancelledException e) {
            err.println("Scan cancelled; accounts not finished were not written.");
            return 1;
        } catch (InventoryException | IllegalArgumentException e) {
            err.println("eks-atlas scan: " + e.getMessage());
            return 1;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // Already shutting down (Ctrl-C): the hook has run and set the cancel flag.
            }
        }
    }
}
