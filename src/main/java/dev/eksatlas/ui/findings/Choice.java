package dev.eksatlas.ui.findings;

/** One entry of a filter's choice box: a value to keep, or null for "all", with its label. */
public record Choice<T>(T value, String label) {

    public boolean accepts(T candidate) {
        return value == null || value.equals(candidate);
    }

    @Override
    public String toString() {
        return label;
    }
}
