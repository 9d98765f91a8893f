package dev.eksatlas.ui.clusters;

import dev.eksatlas.analysis.comparison.RowKey;
import dev.eksatlas.analysis.comparison.RowVerdict;

/** One of the six rows of a cluster's side-by-side view, in the user's language. */
public record ComparisonLine(RowKey key, String name, String irsa, String podIdentity, RowVerdict verdict, String verdictLabel,
                             String verdictText) {
}
