package dev.eksatlas.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user where to save a file. The app uses {@link FxSaveDialog} (the system's file
 * dialog); tests give a folder of their own, as the Headless platform has no file dialog.
 */
@FunctionalInterface
public interface SaveDialog {

    /** The file chosen, or empty when the user cancelled. */
    Optional<Path> askWhereToSave(Window owner, String suggestedName);
}
