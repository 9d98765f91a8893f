package dev.eksatlas.export;

/**
 * Neutralises spreadsheet formulas in CSV text cells, as the OWASP "CSV Injection" page
 * (owasp.org/www-community/attacks/CSV_Injection) recommends: a cell that begins with a character
 * a spreadsheet reads as the start of a formula gets a leading single quote, so Excel, LibreOffice
 * and Google Sheets show it as text. The page lists {@code = + - @}, tab, carriage return, line
 * feed and the full-width {@code ＝ ＋ － ＠} (read as formulas in some locales, e.g. Japanese).
 * OWASP ASVS 5.0 (V1.2.10) adds the NUL character. The check is on the cell's value, before
 * RFC 4180 quoting: a spreadsheet removes the quotes before it looks for a formula.
 * <p>
 * One addition makes the rule reversible for scripts: a cell that already begins with a single
 * quote gets one more. So a reader recovers every original value by dropping exactly one leading
 * quote when there is one ({@link #restore}).
 */
public final class FormulaGuard {
    public static final char PREFIX = '\'';

    private FormulaGuard() {
    }

    public static boolean needsPrefix(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\0', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', PREFIX -> true;
            default -> false;
        };
    }

    public static String neutralise(String cell) {
        return needsPrefix(cell) ? PREFIX + cell : cell;
    }

    /** The original value of a cell this guard wrote. */
    public static String restore(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == PREFIX ? cell.substring(1) : cell;
    }

    /**
     * True for the plain decimals {@code CellFormat} writes for numbers ({@code 42}, {@code -7},
     * {@code 0.25}): only these stay unguarded in a NUMBER column, so a negative number stays a
     * number and nothing else in such a column can start a formula.
     */
    public static boolean isPlainNumber(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int digitsBefore = 0;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
            digitsBefore++;
        }
        if (digitsBefore == 0) {
            return false;
        }
        if (i == s.length()) {
            return true;
        }
        if (s.charAt(i) != '.' || i == s.length() - 1) {
            return false;
        }
        for (i++; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
