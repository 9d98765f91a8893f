package dev.eksatlas.scan.profiles;

/** Small text helpers for the line parser. */
final class LineText {
    private LineText() {
    }

    /** The line up to the earliest of the markers (the start of a comment), or all of it. */
    static String cutAt(String line, String... markers) {
        int end = line.length();
        for (String marker : markers) {
            int at = line.indexOf(marker);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return line.substring(0, end);
    }
}
