package dev.eksatlas.export;

import dev.eksatlas.domain.AccountSnapshot;

/**
 * What an export is limited to: one profile or one account (or neither), and one cluster by name
 * or ARN (or none). Null means "all".
 */
public record Selection(String profile, String accountId, String cluster) {

    public Selection {
        if (profile != null && accountId != null) {
            throw new IllegalArgumentException("choose a profile or an account, not both");
        }
    }

    /** Whether an account's snapshot is selected (the cluster is left to the reports). */
    public boolean admits(AccountSnapshot snapshot) {
        return (profile == null || profile.equals(snapshot.profile()))
                && (accountId == null || accountId.equals(snapshot.accountId()));
    }

    public static Selection all() {
        return new Selection(null, null, null);
    }
}
