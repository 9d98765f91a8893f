package dev.eksatlas.simulator.fleet;

import java.util.List;

/** Splits a total over accounts or clusters, exactly (largest remainder). */
final class Allocation {
    private Allocation() {
    }

    /** {@code total} over {@code n} parts weighted 1/√(i+1): the first accounts are the busiest. */
    static int[] weighted(int total, int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 / Math.sqrt(i + 1);
        }
        return split(total, w, new int[n]);
    }

    /** Associations over clusters that use Pod Identity: at least one each when there are enough, at most 1,000. */
    static int[] associations(Ids ids, List<ClusterDraft> clusters, int total) {
        return randomSplit(ids, clusters, total, c -> c.traits.mode().usesPodIdentity(), c -> 1, 1000, true);
    }

    /** IRSA workloads over clusters that use IRSA: at least two each (plus the migrating ones), even beyond the total. */
    static int[] irsaWorkloads(Ids ids, List<ClusterDraft> clusters, int total) {
        return randomSplit(ids, clusters, total, c -> c.traits.mode().usesIrsa(), c -> 2 + c.migratingSlots, Integer.MAX_VALUE, false);
    }

    private static int[] randomSplit(Ids ids, List<ClusterDraft> clusters, int total,
            java.util.function.Predicate<ClusterDraft> eligible, java.util.function.ToIntFunction<ClusterDraft> minimum, int cap,
            boolean exactTotal) {
        int n = clusters.size();
        int[] base = new int[n];
        double[] w = new double[n];
        int left = total;
        for (int i = 0; i < n; i++) {
            ClusterDraft c = clusters.get(i);
            double r = ids.rng().nextDouble();
            if (eligible.test(c)) {
                base[i] = exactTotal ? Math.min(minimum.applyAsInt(c), Math.max(0, left)) : minimum.applyAsInt(c);
                left -= base[i];
                w[i] = 0.3 + r;
            }
        }
        int[] out = split(Math.max(0, left), w, base);
        for (int i = 0; i < n; i++) {
            out[i] = Math.min(out[i], cap);
        }
        return out;
    }

    private static int[] split(int total, double[] weights, int[] base) {
        int n = weights.length;
        int[] out = base.clone();
        double sum = 0;
        for (double x : weights) {
            sum += x;
        }
        if (sum == 0 || total == 0) {
            return out;
        }
        double[] remainder = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double share = total * weights[i] / sum;
            out[i] += (int) share;
            given += (int) share;
            remainder[i] = share - (int) share;
        }
        for (int k = given; k < total; k++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (weights[i] > 0 && (best < 0 || remainder[i] > remainder[best])) {
                    best = i;
                }
            }
            out[best]++;
            remainder[best] = -1;
        }
        return out;
    }
}
