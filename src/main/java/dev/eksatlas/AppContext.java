package dev.eksatlas;

import dev.eksatlas.export.CsvWriter;
import dev.eksatlas.export.ExportService;
import dev.eksatlas.inventory.Database;
import dev.eksatlas.inventory.InventoryStore;
import dev.eksatlas.inventory.PasswordPrompt;
import dev.eksatlas.inventory.PostgresUrl;
import dev.eksatlas.inventory.ServerInventory;
import dev.eksatlas.inventory.SnapshotRepository;
import dev.eksatlas.inventory.SnapshotWriter;
import dev.eksatlas.inventory.StartupNotice;
import dev.eksatlas.scan.ProfileResolver;
import dev.eksatlas.scan.ScanService;
import dev.eksatlas.scan.ScanLimits;
import dev.eksatlas.scan.profiles.ProfileLocations;
import dev.eksatlas.settings.AppSettings;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.ui.common.FxTaskRunner;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.shell.MainWindow;
import dev.eksatlas.ui.shell.ShellViewModel;
import dev.eksatlas.ui.shell.Screen;
import dev.eksatlas.ui.tokens.TokensController;
import dev.eksatlas.ui.tokens.TokensViewModel;
import dev.eksatlas.ui.overview.OverviewController;
import dev.eksatlas.ui.overview.OverviewViewModel;
import dev.eksatlas.ui.common.CoverageBanner;
import dev.eksatlas.ui.common.ReportScreen;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.TableExporter;
import dev.eksatlas.ui.scan.DemoFleet;
import dev.eksatlas.ui.scan.ScanBackend;
import dev.eksatlas.ui.scan.ScanControlsController;
import dev.eksatlas.ui.scan.ScanViewModel;
import dev.eksatlas.ui.clusters.ClusterDetailController;
import dev.eksatlas.ui.clusters.ClusterDetailViewModel;
import dev.eksatlas.ui.clusters.ClustersController;
import dev.eksatlas.ui.clusters.ClustersViewModel;
import dev.eksatlas.export.CsvWriter;
import dev.eksatlas.export.ExportService;
import dev.eksatlas.ui.associations.AssociationsController;
import dev.eksatlas.ui.associations.AssociationsViewModel;
import dev.eksatlas.ui.common.CsvExport;
import dev.eksatlas.ui.common.FxSaveDialog;
import dev.eksatlas.ui.common.SaveDialog;
import dev.eksatlas.ui.findings.FindingsController;
import dev.eksatlas.ui.findings.FindingsViewModel;
import dev.eksatlas.ui.history.HistoryController;
import dev.eksatlas.ui.history.HistoryViewModel;
import dev.eksatlas.ui.providers.ProvidersController;
import dev.eksatlas.ui.providers.ProvidersViewModel;
import dev.eksatlas.ui.roles.RolesController;
import dev.eksatlas.ui.roles.RolesViewModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The composition root: the only place that calls service constructors. Built once per window
 * (or per command), closed on exit.
 */
public final class AppContext implements AutoCloseable {
    /** How long a compaction waits for the window's own reads and writes to finish before it gives up for now. */
    private static final Duration COMPACTION_WAIT = Duration.ofSeconds(2);

    public static final String LANGUAGE_KEY = "language";

    private final Path dataDir;
    private final AppSettings settings;
    private final Database database;
    private final SnapshotRepository snapshots;
    private final SnapshotWriter writer;
    private FxTaskRunner taskRunner;
    private ScanBackend scanBackend;
    private SaveDialog saveDialog;

    private AppContext(Path dataDir, AppSettings settings, Database database) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.database = database;
        this.snapshots = new SnapshotRepository(database);
        this.writer = new SnapshotWriter(database);
    }

    /** Opens the inventory in {@code dataDir}; throws {@code InventoryException} with a message for the user. */
    public static AppContext open(Path dataDir) {
        return open(dataDir, null, PasswordPrompt.none());
    }

    /**
     * Opens the chosen inventory ({@link InventoryChoice}): a PostgreSQL team inventory, asking for its
     * password through {@code prompt} when needed, or the H2 file in {@code dataDir}. Preferences and
     * logs stay in {@code dataDir} either way.
     */
    public static AppContext open(Path dataDir, String dbUrlOption, PasswordPrompt prompt) {
        AppLogging.configure(dataDir);
        AppSettings settings = AppSettings.load(dataDir);
        Database db = InventoryChoice.serverUrl(dbUrlOption, System.getenv(), settings)
                .map(url -> new ServerInventory(System.getenv(), Path.of(System.getProperty("user.home")), prompt)
                        .open(PostgresUrl.parse(url)))
                .orElseGet(() -> new InventoryStore(Clock.systemUTC()).openFile(dataDir));
        return new AppContext(dataDir, settings, db);
    }

    public Messages messages() {
        return new Messages(Messages.localeFor(settings.get(LANGUAGE_KEY).orElse("system")));
    }

    /** The scan service over the user's AWS profiles (the SDK's default config and credentials files). */
    public ScanService scanService(ProfileResolver profiles) {
        return new ScanService(profiles, Clock.systemUTC());
    }

    /** @param awsFiles the user's AWS files, resolved once at start-up before {@code SdkProfileIsolation.apply()} */
    public MainWindow mainWindow(ProfileLocations awsFiles) {
        taskRunner = new FxTaskRunner();
        Messages messages = messages();
        // Each reload (at start, after a scan, on request) is a quiet moment to give back the space an
        // append-only H2 file has grown by (ADR 0011); a no-op for other inventories or when not due.
        InventoryModel inventory = new InventoryModel(taskRunner, () -> {
            database.compactIfDue(COMPACTION_WAIT);
            return snapshots.findLatest();
        });
        scanBackend = new ScanBackend(awsFiles, new DemoFleet(dataDir.resolve("demo-fleet"), FleetSpec.demo()), writer::save,
                Clock.systemUTC(), ScanLimits.defaults());
        ScanViewModel scan = new ScanViewModel(scanBackend, inventory, taskRunner, settings, messages, dataDir.resolve("logs").toString());
        TableExporter exporter = new TableExporter(saveDialog != null ? saveDialog : new FxSaveDialog(settings, messages),
                new CsvExport(taskRunner, new ExportService(new CsvWriter(false), AppVersion.get()), messages), messages);
        ShellViewModel shell = new ShellViewModel(inventory, messages, database.description(),
                database.notices().stream().map(StartupNotice::message).toList());
        ClustersViewModel clusters = new ClustersViewModel(inventory, new ClusterDetailViewModel(inventory, messages));
        Map<Class<?>, Supplier<?>> controllers = new HashMap<>(Map.of(
                OverviewController.class, () -> new OverviewController(new OverviewViewModel(inventory), messages,
                        CoverageBanner.following(inventory, messages, exporter::export)),
                ScanControlsController.class, () -> new ScanControlsController(scan, messages),
                ClustersController.class, () -> new ClustersController(clusters, messages, exporter,
                        CoverageBanner.following(inventory, messages, exporter::export)),
                ClusterDetailController.class, () -> new ClusterDetailController(clusters.detail(), messages, exporter, clusters::closeDetail)));
        List<Screen> screens = new ArrayList<>(List.of(new Screen("overview", "nav.overview", OverviewController.class),
                new Screen("clusters", "nav.clusters", ClustersController.class)));
        addTableScreens(controllers, screens, inventory, messages, exporter);
        return new MainWindow(shell, settings, database.description(), controllers, screens, ScanControlsController.class);
    }

    /** Roles, OIDC providers, associations, findings and scan history: report tables, each with the coverage banner where gaps matter. */
    private void addTableScreens(Map<Class<?>, Supplier<?>> controllers, List<Screen> screens, InventoryModel inventory,
            Messages messages, TableExporter exporter) {
        Supplier<ReportScreen> screen = () -> new ReportScreen(messages, exporter, CoverageBanner.following(inventory, messages, exporter::export));
        controllers.put(RolesController.class,
                () -> new RolesController(new RolesViewModel(inventory, taskRunner, messages), screen.get()));
        controllers.put(ProvidersController.class,
                () -> new ProvidersController(new ProvidersViewModel(inventory, messages), screen.get()));
        controllers.put(AssociationsController.class,
                () -> new AssociationsController(new AssociationsViewModel(inventory, messages), screen.get()));
        controllers.put(FindingsController.class,
                () -> new FindingsController(new FindingsViewModel(inventory, messages), screen.get()));
        controllers.put(HistoryController.class, () -> new HistoryController(
                new HistoryViewModel(inventory, taskRunner, snapshots::findRunsByAccount, snapshots::findById, messages), messages, exporter));
        screens.add(new Screen("roles", "nav.roles", RolesController.class));
        screens.add(new Screen("providers", "nav.providers", ProvidersController.class));
        screens.add(new Screen("associations", "nav.associations", AssociationsController.class));
        screens.add(new Screen("findings", "nav.findings", FindingsController.class));
        screens.add(new Screen("history", "nav.history", HistoryController.class));
        controllers.put(TokensController.class,
                () -> new TokensController(new TokensViewModel(inventory, messages), screen.get()));
        screens.add(new Screen("tokens", "nav.tokens", TokensController.class));
    }

    /** Replaces the system's file dialog, for tests on the Headless platform (which has none); call before {@link #mainWindow}. */
    public void useSaveDialog(SaveDialog dialog) {
        this.saveDialog = dialog;
    }

    public Path dataDir() {
        return dataDir;
    }

    public SnapshotRepository snapshots() {
        return snapshots;
    }

    public SnapshotWriter writer() {
        return writer;
    }

    /** The window's scan services (null before {@link #mainWindow}); tests reach the demo fleet's simulator here. */
    public ScanBackend scanBackend() {
        return scanBackend;
    }

    @Override
    public void close() {
        if (taskRunner != null) {
            taskRunner.close();
        }
        if (scanBackend != null) {
            scanBackend.close();
        }
        database.close();
    }
}
