package dev.eksatlas.scan;

import dev.eksatlas.domain.AccountSnapshot;
import java.util.List;

/** One account's finished scan (already handed to the sink) and the profiles that reached it. */
public record AccountOutcome(AccountSnapshot snapshot, List<String> profiles) {
    public AccountOutcome {
        profiles = List.copyOf(profiles);
    }
}
