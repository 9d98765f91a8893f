package dev.eksatlas.ui.scan;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A switcher entry: the profile's name, and in the list also its kind, last account and problems. */
final class ProfileChoiceCell extends ListCell<ProfileChoice> {
    private final ProfileSwitcher profiles;
    private final boolean detailed;

    ProfileChoiceCell(ProfileSwitcher profiles, boolean detailed) {
        this.profiles = profiles;
        this.detailed = detailed;
    }

    @Override
    protected void updateItem(ProfileChoice choice, boolean empty) {
        super.updateItem(choice, empty);
        if (empty || choice == null) {
            setText(null);
            setGraphic(null);
        } else if (detailed) {
            Label detail = new Label(profiles.describe(choice));
            detail.getStyleClass().add("profile-choice-detail");
            setText(null);
            setGraphic(new VBox(1, new Label(profiles.displayName(choice)), detail));
        } else {
            setGraphic(null);
            setText(profiles.displayName(choice));
        }
    }
}
