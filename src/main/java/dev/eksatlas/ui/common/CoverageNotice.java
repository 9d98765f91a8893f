package dev.eksatlas.ui.common;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.CoverageGap;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the coverage banner of a screen says: shown when the latest scan of some account could not
 * read everything, so that "nothing there" is never mistaken for "could not see". Follows the
 * inventory; needs no toolkit.
 */
public final class CoverageNotice {
    private final Messages messages;
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");

    public CoverageNotice(InventoryModel inventory, Messages messages) {
        this.messages = messages;
        inventory.currentProperty().addListener((obs, old, loaded) -> show(loaded.snapshots()));
        show(inventory.current().snapshots());
    }

    private void show(List<AccountSnapshot> snapshots) {
        List<CoverageGap> gaps = snapshots.stream().flatMap(s -> s.coverageGaps().stream()).toList();
        long accounts = snapshots.stream().filter(s -> !s.coverageGaps().isEmpty()).count();
        visible.set(!gaps.isEmpty());
        text.set(gaps.isEmpty() ? "" : messages.get("coverage.banner", gaps.size(), accounts));
        details.set(gaps.stream().map(CoverageNotice::line).collect(Collectors.joining("\n")));
    }

    private static String line(CoverageGap g) {
        String where = g.accountId() + " " + g.region() + " " + g.service() + " " + g.operation()
                + (g.resource() == null ? "" : " " + g.resource());
        return where + ": " + g.errorCode() + (g.message() == null ? "" : " (" + g.message() + ")");
    }

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** One line per gap: account, region, service, operation, resource, error code and AWS's message. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public String detailsTitle() {
        return messages.get("error.details");
    }
}
