package dev.eksatlas.analysis.comparison;

import java.util.Locale;

/** Small helpers for the English fact texts. */
final class Texts {
    private Texts() {
    }

    static String count(int n, String singular, String plural) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? singular : plural);
    }

    static String number(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
