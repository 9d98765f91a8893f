package dev.eksatlas.ui.common;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * An opt-in way for the app to end itself right after its first window is on screen, used by the
 * installer's AOT cache training run and by the start-up benchmark (installer/README.md).
 * With {@code -Deksatlas.exitAfterShown=true} the app prints {@code SHOWN <ms since JVM start>}
 * after the window's first layout pulse, then exits normally (the inventory is closed as usual).
 */
public final class StartupProbe {
    public static final String EXIT_AFTER_SHOWN = "eksatlas.exitAfterShown";

    private StartupProbe() {
    }

    /** Does nothing unless the system property is {@code true}; call right after {@code stage.show()}. */
    public static void exitAfterShownIfRequested(Stage stage) {
        if (!Boolean.getBoolean(EXIT_AFTER_SHOWN) || stage.getScene() == null) {
            return;
        }
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("SHOWN " + sinceJvmStart);
                Platform.runLater(Platform::exit);
            }
        });
    }
}
