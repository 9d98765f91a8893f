package dev.eksatlas.reliability;

import java.util.List;

/** The suite's figures as a Markdown table (printed, and pasted into docs/reliability.md). */
public final class ReliabilityTable {
    private ReliabilityTable() {
    }

    public static String markdown(List<CaseResult> rows) {
        StringBuilder out = new StringBuilder("| Case | Tries | Survived | Lost | How |\n|---|---:|---:|---:|---|\n");
        for (CaseResult r : rows) {
            out.append("| ").append(r.name()).append(" | ").append(r.tries()).append(" | ").append(r.survived())
                    .append(" | ").append(r.lost()).append(" | ").append(r.note()).append(" |\n");
        }
        for (CaseResult r : rows) {
            for (String f : r.failures()) {
                out.append("\nLost in ").append(r.name()).append(": ").append(f);
            }
        }
        return out.toString();
    }
}
