package dev.eksatlas.reliability;

import java.util.ArrayList;
import java.util.List;

/** Counts the tries of one case as they come: survived, or lost with the reason (first 10 kept). */
public final class Tally {
    private final String name;
    private int tries;
    private int survived;
    private final List<String> lost = new ArrayList<>();
    private int lostCount;
    private int skipped;

    public Tally(String name) {
        this.name = name;
    }

    public void survived() {
        tries++;
        survived++;
    }

    public void lost(String why) {
        tries++;
        lostCount++;
        if (lost.size() < 10) {
            lost.add(why);
        }
    }

    /** A try that could not be made on this machine: counted neither way, but shown in the note. */
    public void skipped() {
        skipped++;
    }

    /** Records the outcome of a check that either passes or says what went wrong. */
    public void check(String problemOrNull) {
        if (problemOrNull == null) {
            survived();
        } else {
            lost(problemOrNull);
        }
    }

    public CaseResult result(String note) {
        return new CaseResult(name, tries, survived, lostCount, skipped == 0 ? note : note + "; " + skipped + " tries skipped here", lost);
    }
}
