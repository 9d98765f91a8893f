package dev.eksatlas.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.inventory.Database;
import dev.eksatlas.inventory.InventoryStore;
import dev.eksatlas.inventory.SnapshotRepository;
import dev.eksatlas.inventory.SnapshotWriter;
import dev.eksatlas.scan.ScanLimits;
import dev.eksatlas.scan.SnapshotSink;
import dev.eksatlas.scan.profiles.ProfileKind;
import dev.eksatlas.settings.AppSettings;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.ui.common.ImmediateTaskRunner;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan workflow without a toolkit: real simulators, real scans, a real H2 inventory, a same-thread runner. */
class ScanViewModelTest {
    private static final ScanLimits FAST = ScanLimits.defaults().withRates(500, 500, 500)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20));
    /** The user's AWS: two accounts behind static keys (team-prod 111122223333, team-staging 444455556666). */
    private static FleetSimulator userAws;

    @TempDir
    Path dir;

    private final ImmediateTaskRunner runner = new ImmediateTaskRunner();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private Database db;
    private SnapshotRepository repository;
    private InventoryModel inventory;
    private UserAwsFiles.Written files;
    private DemoFleet demo;
    private Consumer<AccountSnapshot> afterWrite = s -> { };

    @BeforeAll
    static void startUserAws() {
        userAws = FleetSimulator.start(SimulatorConfig.of(FleetSpec.tiny().withAccounts(2)));
    }

    @AfterAll
    static void stopUserAws() {
        userAws.close();
    }

    @BeforeEach
    void openInventory() throws IOException {
        db = InventoryStore.openInMemory("scan-vm-" + UUID.randomUUID());
        repository = new SnapshotRepository(db);
        inventory = new InventoryModel(runner, repository::findLatest);
        files = UserAwsFiles.write(dir.resolve("aws"), userAws);
        demo = new DemoFleet(dir.resolve("demo-fleet"), FleetSpec.tiny().withAccounts(3));
    }

    @AfterEach
    void close() {
        demo.close();
        db.close();
    }

    private ScanViewModel viewModel(AppSettings settings) {
        SnapshotWriter writer = new SnapshotWriter(db);
        SnapshotSink sink = s -> {
            writer.save(s);
            afterWrite.accept(s);
        };
        ScanBackend backend = new ScanBackend(files.locations(), demo, sink, Clock.systemUTC(), FAST);
        ScanViewModel vm = new ScanViewModel(backend, inventory, runner, settings, messages, "/data/logs");
        vm.start();
        return vm;
    }

    private ScanViewModel viewModel() {
        return viewModel(AppSettings.load(dir));
    }

    private static ProfileChoice choice(ScanViewModel vm, String name) {
        return vm.profiles().choices().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static ProfileChoice demoChoice(ScanViewModel vm) {
        return vm.profiles().choices().stream().filter(ProfileChoice::demo).findFirst().orElseThrow();
    }

    @Test
    void offersTheDemoFleetAndEveryProfileWithItsKind() {
        ScanViewModel vm = viewModel();

        assertThat(vm.profiles().choices()).extracting(c -> vm.profiles().displayName(c))
                .containsExactly("Demo fleet (simulated)", "region-only", "sso-dev", "team-prod", "team-staging");
        assertThat(choice(vm, "team-prod").kind()).isEqualTo(ProfileKind.STATIC_KEYS);
        assertThat(vm.profiles().describe(choice(vm, "team-prod"))).isEqualTo("Access keys · not scanned yet");
        assertThat(vm.profiles().describe(choice(vm, "sso-dev"))).startsWith("IAM Identity Center (SSO)");
        assertThat(vm.profiles().describe(demoChoice(vm))).isEqualTo("Simulated AWS fleet · not scanned yet");
    }

    @Test
    void reportsTheBrokenLineOfTheAwsFilesWithFileAndLine() {
        ScanViewModel vm = viewModel();

        assertThat(vm.profiles().fileProblems()).extracting(p -> p.describe())
                .anyMatch(text -> text.startsWith(files.locations().configFile() + ", line " + files.brokenLine() + ": unterminated"))
                .anyMatch(text -> text.contains("has no credentials"));
        assertThat(vm.profiles().describe(choice(vm, "region-only"))).isEqualTo("No credentials · not scanned yet · 1 problem");
    }

    @Test
    void readingTheFilesAgainPicksUpAFixedLine() throws IOException {
        ScanViewModel vm = viewModel();
        vm.profiles().selectedProperty().set(choice(vm, "team-staging"));
        Path config = files.locations().configFile();
        Files.writeString(config, Files.readString(config).replace(UserAwsFiles.BROKEN_LINE, "[profile fixed]\nregion = us-east-1"));

        vm.profiles().load();

        assertThat(vm.profiles().fileProblems()).extracting(p -> p.message()).noneMatch(m -> m.contains("unterminated"));
        assertThat(vm.profiles().choices()).extracting(ProfileChoice::name).contains("fixed");
        assertThat(vm.profiles().selected().name()).as("the choice stays").isEqualTo("team-staging");
    }

    @Test
    void choosingTheDemoStartsItsSimulatorAndChoosingAProfileStopsIt() {
        ScanViewModel vm = viewModel();

        vm.profiles().selectedProperty().set(demoChoice(vm));
        assertThat(demo.running()).isPresent();

        vm.profiles().selectedProperty().set(choice(vm, "team-prod"));
        assertThat(demo.running()).isEmpty();
    }

    @Test
    void remembersTheChoiceInThePreferences() {
        AppSettings settings = AppSettings.load(dir);
        ScanViewModel first = viewModel(settings);
        first.profiles().selectedProperty().set(choice(first, "team-staging"));

        ScanViewModel afterRestart = viewModel(AppSettings.load(dir));

        assertThat(afterRestart.profiles().selected().name()).isEqualTo("team-staging");
    }

    @Test
    void scansEveryAccountOfTheDemoFleetIntoTheInventory() {
        ScanViewModel vm = viewModel();
        vm.profiles().selectedProperty().set(demoChoice(vm));

        vm.scan();

        assertThat(inventory.current().snapshots()).extracting(AccountSnapshot::accountId)
                .containsExactlyInAnyOrder("111122223333", "444455556666", "777788889999");
        assertThat(vm.statusProperty().get()).startsWith("Scanned 3 accounts (").doesNotContain("could not");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.scanningProperty().get()).isFalse();
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.profiles().describe(vm.profiles().selected()))
                .isEqualTo("Simulated AWS fleet · 3 accounts");
        assertThat(vm.lastScanned().accounts()).hasSize(3).allMatch(line -> line.contains("(profile tiny-"));
        assertThat(vm.lastScanned().summaryProperty().get()).startsWith("Last scanned ");
    }

    @Test
    void switchingProfilesChangesWhatIsScanned() {
        ScanViewModel vm = viewModel();
        vm.profiles().selectedProperty().set(choice(vm, "team-prod"));
        vm.scan();
        assertThat(inventory.current().snapshots()).extracting(AccountSnapshot::accountId).containsExactly("111122223333");
        assertThat(vm.profiles().describe(vm.profiles().selected())).isEqualTo("Access keys · account 111122223333");

        vm.profiles().selectedProperty().set(choice(vm, "team-staging"));
        assertThat(vm.lastScanned().summaryProperty().get()).isEqualTo("Not scanned yet");
        vm.scan();

        assertThat(inventory.current().snapshots()).extracting(AccountSnapshot::accountId)
                .containsExactlyInAnyOrder("111122223333", "444455556666");
        assertThat(inventory.current().snapshots()).filteredOn(s -> s.accountId().equals("444455556666"))
                .extracting(AccountSnapshot::profile).containsExactly("team-staging");
    }

    @Test
    void cancelStopsTheScanAndWritesNothingMore() {
        ScanViewModel vm = viewModel();
        vm.profiles().selectedProperty().set(demoChoice(vm));
        afterWrite = s -> vm.cancel();

        vm.scan();

        assertThat(repository.findLatestRuns()).as("only the account finished before Cancel").hasSize(1);
        assertThat(vm.statusProperty().get()).startsWith("Scan cancelled.");
        assertThat(vm.scanningProperty().get()).isFalse();
        assertThat(vm.cancellingProperty().get()).isFalse();
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void aProfileWithoutCredentialsIsAProblemInPlainWords() {
        ScanViewModel vm = viewModel();
        vm.profiles().selectedProperty().set(choice(vm, "region-only"));

        vm.scan();

        assertThat(vm.statusProperty().get()).isEqualTo("Nothing was scanned. 1 profile could not be scanned: see below.");
        assertThat(vm.problems()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Profile region-only could not be scanned");
            assertThat(p.fix()).isNull();
            assertThat(p.details()).contains("Profile: region-only").contains("/data/logs").doesNotContain("\tat ");
        });
        vm.dismissProblems();
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void anSsoProfileNobodySignedInToSaysWhichLoginToRun() {
        ScanViewModel vm = viewModel();
        vm.profiles().selectedProperty().set(choice(vm, "sso-dev"));

        vm.scan();

        assertThat(vm.problems()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Sign in to AWS again for profile sso-dev");
            assertThat(p.fix()).isEqualTo("aws sso login --profile sso-dev");
            assertThat(p.body()).contains("IAM Identity Center");
        });
    }

    @Test
    void regionsAreAListOrAllAndAnythingElseStopsTheScanButton() {
        ScanViewModel vm = viewModel();
        vm.profiles().selectedProperty().set(choice(vm, "team-prod"));
        assertThat(vm.regionsPromptProperty().get()).isEqualTo("Profile's region (us-east-1)");
        assertThat(vm.canScanProperty().get()).isTrue();

        vm.regionsTextProperty().set("us-east-1, eu-west1");
        assertThat(vm.regionsErrorProperty().get()).isEqualTo("\"eu-west1\" is not a region name (e.g. us-east-1)");
        assertThat(vm.canScanProperty().get()).isFalse();

        vm.allRegionsProperty().set(true);
        assertThat(vm.regionsErrorProperty().get()).isEmpty();
        assertThat(vm.canScanProperty().get()).isTrue();
    }

    @Test
    void scansTheRegionsNamedInTheField() {
        ScanViewModel vm = viewModel();
        vm.profiles().selectedProperty().set(choice(vm, "team-prod"));
        vm.regionsTextProperty().set("us-east-1 ap-northeast-2");

        vm.scan();

        assertThat(inventory.current().snapshots()).singleElement()
                .satisfies(s -> assertThat(s.regions()).containsExactly("us-east-1", "ap-northeast-2"));
    }

    @Test
    void theRegionsFieldIsRemembered() {
        AppSettings settings = AppSettings.load(dir);
        viewModel(settings).regionsTextProperty().set("eu-west-1");

        assertThat(viewModel(settings).regionsTextProperty().get()).isEqualTo("eu-west-1");
    }

    @Test
    void theProfilesListTheAccountsTheyReachedLastTime() {
        ScanViewModel vm = viewModel();
        vm.profiles().selectedProperty().set(choice(vm, "team-staging"));
        vm.scan();

        ScanViewModel afterRestart = viewModel();

        assertThat(choice(afterRestart, "team-staging").lastAccounts()).containsExactly("444455556666");
        assertThat(choice(afterRestart, "team-prod").lastAccounts()).isEmpty();
        assertThat(List.of(afterRestart.profiles().describe(choice(afterRestart, "team-staging"))))
                .containsExactly("Access keys · account 444455556666");
    }
}
