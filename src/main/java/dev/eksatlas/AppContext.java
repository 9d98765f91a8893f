package dev.eksatlas;

import dev.eksatlas.export.CsvWriter;
import dev.eksatlas.export.ExportService;
import dev.eksatlas.inventory.Database;
import dev.eksatlas.inventory.InventoryStore;
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
import dev.eksatlas.ui.overview.OverviewController;
import dev.eksatlas.ui.overview.OverviewViewModel;
import dev.eksatlas.ui.common.CoverageBanner;
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
import dev.eksatlas.ui.clusters.ExportToCsv;
import dev.eksatlas.export.CsvWriter;
import dev.eksatlas.export.ExportService;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root: the only place that calls service constructors. Built once per window
 * (or per command), closed on exit.
 */
public final class AppContext implements AutoCloseable {
    public static final String LANGUAGE_KEY = "language";

    private final Path dataDir;
    private final AppSettings settings;
    private final Database database;
    private final SnapshotRepository snapshots;
    private final SnapshotWriter writer;
    private FxTaskRunner taskRunner;
    private ScanBackend scanBackend;

    private AppContext(Path dataDir, AppSettings settings, Database database) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.database = database;
        this.snapshots = new SnapshotRepository(database);
        this.writer = new SnapshotWriter(database);
    }

    /** Opens the inventory in {@code dataDir}; throws {@code InventoryException} with a message for the user. */
    public static AppContext open(Path dataDir) {
        AppLogging.configure(dataDir);
        Database db = new InventoryStore(Clock.systemUTC()).openFile(dataDir);
        return new AppContext(dataDir, AppSettings.load(dataDir), db);
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
        InventoryModel inventory = new InventoryModel(taskRunner, snapshots::findLatest);
        scanBackend = new ScanBackend(awsFiles, new DemoFleet(dataDir.resolve("demo-fleet"), FleetSpec.demo()), writer::save,
                Clock.systemUTC(), ScanLimits.defaults());
        ScanViewModel scan = new ScanViewModel(scanBackend, inventory, taskRunner, settings, messages, dataDir.resolve("logs").toString());
        TableExporter exporter = new TableExporter(taskRunner, new ExportService(new CsvWriter(false), AppVersion.get()), messages);
        ShellViewModel shell = new ShellViewModel(inventory, messages, database.description(),
                database.notices().stream().map(StartupNotice::message).toList());
        ExportToCsv clusterExporter = new ExportToCsv(taskRunner, new ExportService(new CsvWriter(false), AppVersion.get()), messages);
        ClustersViewModel clusters = new ClustersViewModel(inventory, new ClusterDetailViewModel(inventory, messages));
        Map<Class<?>, Supplier<?>> controllers = Map.of(
                OverviewController.class, () -> new OverviewController(new OverviewViewModel(inventory), messages,
                        CoverageBanner.following(inventory, messages, exporter::export)),
                ScanControlsController.class, () -> new ScanControlsController(scan, messages),
                ClustersController.class, () -> new ClustersController(clusters, messages, clusterExporter,
                        CoverageBanner.following(inventory, messages, clusterExporter::export)),
                ClusterDetailController.class, () -> new ClusterDetailController(clusters.detail(), messages, clusterExporter, clusters::closeDetail));
        List<Screen> screens = List.of(new Screen("overview", "nav.overview", OverviewController.class),
                new Screen("clusters", "nav.clusters", ClustersController.class));
        return new MainWindow(shell, settings, database.description(), controllers, screens, ScanControlsController.class);
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
