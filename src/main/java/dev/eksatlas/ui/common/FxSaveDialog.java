package dev.eksatlas.ui.common;

import dev.eksatlas.settings.AppSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog for CSV files, opening in the folder the user chose last time. */
public final class FxSaveDialog implements SaveDialog {
    static final String FOLDER_KEY = "export.folder";

    private final AppSettings settings;
    private final Messages messages;

    public FxSaveDialog(AppSettings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public Optional<Path> askWhereToSave(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("export.csvFiles"), "*.csv"));
        settings.get(FOLDER_KEY).map(File::new).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        if (file.getParent() != null) {
            settings.put(FOLDER_KEY, file.getParent());
            settings.save();
        }
        return Optional.of(file.toPath());
    }
}
