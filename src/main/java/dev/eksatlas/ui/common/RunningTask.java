package dev.eksatlas.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A started task as the UI sees it: progress to bind, and a cancel that really stops the work. */
public interface RunningTask {
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    ReadOnlyBooleanProperty runningProperty();

    /** Asks the work to stop; it checks between accounts, regions and pages. */
    boolean cancel();
}
