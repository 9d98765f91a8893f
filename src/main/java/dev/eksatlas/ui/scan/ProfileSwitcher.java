package dev.eksatlas.ui.scan;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.scan.profiles.AwsProfile;
import dev.eksatlas.scan.profiles.ProfileCatalog;
import dev.eksatlas.scan.profiles.ProfileProblem;
import dev.eksatlas.settings.AppSettings;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The profile switcher: every profile of the user's AWS files with its kind and the account it
 * reached last time, the problems found in the files, and "Demo fleet (simulated)", whose
 * simulator runs while it is chosen. The choice is remembered in the preferences.
 */
public final class ProfileSwitcher {
    static final String CHOICE_KEY = "scan.choice";
    private static final Logger LOG = Logger.getLogger(ProfileSwitcher.class.getName());

    private final ScanBackend backend;
    private final TaskRunner runner;
    private final AppSettings settings;
    private final Messages messages;
    private final ObservableList<ProfileChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<ProfileChoice> selected = new SimpleObjectProperty<>();
    private final ObservableList<ProfileProblem> fileProblems = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private List<AwsProfile> profiles = List.of();
    private List<String> demoProfiles = List.of();
    private List<AccountSnapshot> inventory = List.of();
    private String defaultProfile = "default";
    private String applied = "";
    private volatile boolean demoWanted;

    public ProfileSwitcher(ScanBackend backend, TaskRunner runner, AppSettings settings, Messages messages) {
        this.backend = backend;
        this.runner = runner;
        this.settings = settings;
        this.messages = messages;
        selected.addListener((obs, old, choice) -> apply(choice));
    }

    private record Read(ProfileCatalog catalog, List<String> demoProfiles) {
    }

    /** Reads the AWS files (and the demo's profile names) in the background, then restores the remembered choice. */
    public void load() {
        runner.run("read the AWS profiles", progress -> new Read(backend.readUserProfiles(), backend.demoProfileNames()), read -> {
            profiles = read.catalog().profiles();
            demoProfiles = read.demoProfiles();
            defaultProfile = read.catalog().defaultProfileName();
            fileProblems.setAll(read.catalog().problems());
            rebuild(selected.get() != null ? selected.get().setting() : settings.get(CHOICE_KEY).orElse(""));
            loaded.set(true);
        }, failure -> {
            LOG.log(Level.WARNING, "Could not read the AWS profiles", failure);
            rebuild(ProfileChoice.demo(List.of()).setting());
            loaded.set(true);
        });
    }

    /** The inventory changed (a scan finished): refresh the accounts each profile reached. */
    public void inventoryChanged(List<AccountSnapshot> snapshots) {
        inventory = List.copyOf(snapshots);
        if (loaded.get()) {
            rebuild(selected.get() == null ? "" : selected.get().setting());
        }
    }

    /** Selects {@code wanted} if it is still there, else the AWS default profile, else the demo fleet. */
    private void rebuild(String wanted) {
        List<ProfileChoice> fresh = ProfileChoices.of(profiles, demoProfiles, inventory);
        choices.setAll(fresh);
        selected.set(find(wanted).or(() -> find("profile:" + defaultProfile)).orElse(fresh.getFirst()));
    }

    private Optional<ProfileChoice> find(String setting) {
        return choices.stream().filter(c -> c.matches(setting)).findFirst();
    }

    /** Starts or stops the demo's simulator and remembers the choice, once per change of choice. */
    private void apply(ProfileChoice choice) {
        if (choice == null || choice.setting().equals(applied)) {
            return;
        }
        applied = choice.setting();
        demoWanted = choice.demo();
        settings.put(CHOICE_KEY, choice.setting());
        runner.run("switch profile", progress -> {
            if (demoWanted) {
                backend.demo();
            }
            if (!demoWanted) {
                backend.stopDemo();
            }
            settings.save();
            return null;
        }, done -> { }, failure -> LOG.log(Level.WARNING, "Could not switch to " + choice.name(), failure));
    }

    public String displayName(ProfileChoice choice) {
        return choice == null ? "" : choice.demo() ? messages.get("scan.demo") : choice.name();
    }

    /** Kind, account reached last time and problems, e.g. "SSO · account 111122223333 · 1 problem". */
    public String describe(ProfileChoice choice) {
        if (choice == null) {
            return "";
        }
        String kind = choice.demo() ? messages.get("scan.demo.kind") : messages.get("profile.kind." + choice.kind().name());
        String accounts = choice.lastAccounts().isEmpty() ? messages.get("scan.account.none")
                : messages.get("scan.account.some", choice.lastAccounts().size(), String.join(", ", choice.lastAccounts()));
        String text = kind + " · " + accounts;
        return choice.problems().isEmpty() ? text : text + " · " + messages.get("scan.profileProblems", choice.problems().size());
    }

    public ObservableList<ProfileChoice> choices() {
        return choices;
    }

    public ObjectProperty<ProfileChoice> selectedProperty() {
        return selected;
    }

    public ProfileChoice selected() {
        return selected.get();
    }

    public ObservableList<ProfileProblem> fileProblems() {
        return fileProblems;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }
}
