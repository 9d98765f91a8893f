package dev.eksatlas.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The app icon (generated from {@code icons/app.svg}, see {@code icons/README.md}) in the sizes
 * window managers and task bars pick from. Every stage the app opens gets it: the main window,
 * alerts and dialogs alike, so a new dialog needs no code of its own for it.
 */
public final class AppIcons {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static final String FOLDER = "/dev/eksatlas/icons/";

    private AppIcons() {
    }

    /** The icon in every size, smallest first. */
    public static List<Image> load() {
        List<Image> images = new ArrayList<>(SIZES.length);
        for (int size : SIZES) {
            String name = FOLDER + "app-" + size + ".png";
            try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing icon resource " + name);
                }
                images.add(new Image(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(images);
    }

    /**
     * Gives the icon to every stage that is open now or opens later and has no icon of its own.
     * Call once on the FX thread, before the first window is shown.
     */
    public static void useForEveryWindow() {
        List<Image> icons = load();
        Window.getWindows().forEach(window -> giveIcon(window, icons));
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> giveIcon(window, icons));
            }
        });
    }

    private static void giveIcon(Window window, List<Image> icons) {
        if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(icons);
        }
    }
}
