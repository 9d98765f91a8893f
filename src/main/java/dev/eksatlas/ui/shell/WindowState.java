package dev.eksatlas.ui.shell;

import dev.eksatlas.settings.AppSettings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the main window's size, position and maximised state in the preferences. */
final class WindowState {
    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 780;

    private WindowState() {
    }

    static void restore(Stage stage, AppSettings settings) {
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        double width = Math.min(settings.getDouble("window.width", DEFAULT_WIDTH), visual.getWidth());
        double height = Math.min(settings.getDouble("window.height", DEFAULT_HEIGHT), visual.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        // Only reuse a position that is still on a screen (a monitor may have been unplugged).
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(x, y, width, height).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.getBoolean("window.maximized", false));
    }

    static void remember(Stage stage, AppSettings settings) {
        settings.put("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put("window.x", stage.getX());
            settings.put("window.y", stage.getY());
            settings.put("window.width", stage.getWidth());
            settings.put("window.height", stage.getHeight());
        }
        settings.save();
    }
}
