package dev.eksatlas.ui.scan;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.scan.profiles.AwsProfile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Builds the switcher's entries: the demo fleet first, then every profile of the AWS files by name. */
final class ProfileChoices {
    private ProfileChoices() {
    }

    static List<ProfileChoice> of(List<AwsProfile> profiles, List<String> demoProfiles, List<AccountSnapshot> inventory) {
        List<ProfileChoice> choices = new ArrayList<>();
        choices.add(ProfileChoice.demo(accountsReachedBy(demoProfiles, inventory)));
        for (AwsProfile p : profiles) {
            choices.add(new ProfileChoice(false, p.name(), p.kind(), p.region(), p.problems(),
                    accountsReachedBy(List.of(p.name()), inventory)));
        }
        return choices;
    }

    /** The accounts whose latest snapshot was read through one of {@code profiles}. */
    static List<String> accountsReachedBy(Collection<String> profiles, List<AccountSnapshot> inventory) {
        return inventory.stream().filter(s -> profiles.contains(s.profile())).map(AccountSnapshot::accountId).distinct().sorted().toList();
    }
}
