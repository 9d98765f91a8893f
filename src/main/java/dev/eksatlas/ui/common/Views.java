package dev.eksatlas.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads {@code Xxx.fxml} beside its controller class, with the message bundle and a controller
 * factory built from a map of suppliers, so a controller nobody registered fails loudly.
 */
public final class Views {
    private final Messages messages;
    private final Map<Class<?>, Supplier<?>> controllers;

    public Views(Messages messages, Map<Class<?>, Supplier<?>> controllers) {
        this.messages = messages;
        this.controllers = Map.copyOf(controllers);
    }

    public Parent load(Class<?> controllerClass) {
        String name = controllerClass.getSimpleName().replace("Controller", "") + ".fxml";
        URL fxml = controllerClass.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("No " + name + " beside " + controllerClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(type -> {
            Supplier<?> supplier = controllers.get(type);
            if (supplier == null) {
                throw new IllegalStateException("No controller registered for " + type.getName());
            }
            return supplier.get();
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
    }
}
