package dev.eksatlas.ui.overview;

/** Where a value stands against its limit; colours the bars of the overview's charts. */
public enum Zone {
    OK, NEAR, OVER;

    public String styleClass() {
        return "zone-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
