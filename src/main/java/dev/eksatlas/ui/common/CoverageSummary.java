package dev.eksatlas.ui.common;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.report.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the loaded snapshots could not read, for the coverage banner: how many gaps, in which
 * accounts (as "alias (id)" where the account has an alias), and the gaps themselves with the
 * snapshot each came from. No toolkit needed.
 */
public record CoverageSummary(int gapCount, List<String> accounts, List<Sourced<CoverageGap>> gaps) {
    public CoverageSummary {
        accounts = List.copyOf(accounts);
        gaps = List.copyOf(gaps);
    }

    public static CoverageSummary none() {
        return new CoverageSummary(0, List.of(), List.of());
    }

    /** Every gap of every snapshot. */
    public static CoverageSummary of(List<AccountSnapshot> snapshots) {
        return of(snapshots, gap -> true);
    }

    /** The gaps {@code affects} keeps: a screen whose numbers only some gaps can change passes its own test. */
    public static CoverageSummary of(List<AccountSnapshot> snapshots, Predicate<CoverageGap> affects) {
        List<String> accounts = new ArrayList<>();
        List<Sourced<CoverageGap>> gaps = new ArrayList<>();
        for (AccountSnapshot snapshot : snapshots) {
            List<CoverageGap> kept = snapshot.coverageGaps().stream().filter(affects).toList();
            if (kept.isEmpty()) {
                continue;
            }
            accounts.add(name(snapshot));
            Sourced.fromEach(List.of(snapshot), s -> kept).forEach(gaps::add);
        }
        return new CoverageSummary(gaps.size(), accounts, gaps);
    }

    public boolean isEmpty() {
        return gapCount == 0;
    }

    /** The accounts for a sentence: at most {@code max} names, then "+N". */
    public String accountList(int max) {
        if (accounts.size() <= max) {
            return String.join(", ", accounts);
        }
        return String.join(", ", accounts.subList(0, max)) + " +" + (accounts.size() - max);
    }

    private static String name(AccountSnapshot snapshot) {
        String alias = snapshot.account().alias();
        return alias == null || alias.isBlank() ? snapshot.accountId() : alias + " (" + snapshot.accountId() + ")";
    }
}
