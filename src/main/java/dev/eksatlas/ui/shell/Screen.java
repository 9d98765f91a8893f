package dev.eksatlas.ui.shell;

/**
 * One screen of the main window: its id (the navigation button is {@code nav-<id>}), the bundle
 * key of its title, and its controller class, whose {@code Xxx.fxml} is loaded on first show.
 */
public record Screen(String id, String titleKey, Class<?> controller) {
}
