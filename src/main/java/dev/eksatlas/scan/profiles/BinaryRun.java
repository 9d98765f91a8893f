package dev.eksatlas.scan.profiles;

/**
 * Lines that are not text (control characters, bytes that are not UTF-8) are skipped; a run of
 * them, blank lines included, is reported once at its first line.
 */
final class BinaryRun {
    private final ProblemLog log;
    private int first;
    private int last;

    BinaryRun(ProblemLog log) {
        this.log = log;
    }

    static boolean isBinary(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F);
            if (control || c == '\uFFFD') {
                return true;
            }
        }
        return false;
    }

    void add(int line) {
        if (first == 0) {
            first = line;
        }
        last = line;
    }

    void end() {
        if (first == 0) {
            return;
        }
        String extent = first == last ? "" : " (through line " + last + ")";
        log.add(first, "binary or non-text content" + extent + "; skipped");
        first = 0;
        last = 0;
    }
}
