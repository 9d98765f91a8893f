package dev.eksatlas.analysis.policy;

/**
 * IAM's {@code StringLike} wildcards: {@code *} matches any run of characters (also none),
 * {@code ?} exactly one. Everything else matches itself, so a glob with neither is an exact value.
 */
public final class Glob {
    private Glob() {
    }

    public static boolean hasWildcard(String value) {
        return value != null && (value.indexOf('*') >= 0 || value.indexOf('?') >= 0);
    }

    /** Whether {@code text} matches {@code glob}; case-sensitive unless {@code ignoreCase}. */
    public static boolean matches(String glob, String text, boolean ignoreCase) {
        if (glob == null || text == null) {
            return false;
        }
        int g = 0;
        int t = 0;
        int starG = -1;
        int starT = 0;
        while (t < text.length()) {
            if (g < glob.length() && (glob.charAt(g) == '?' || same(glob.charAt(g), text.charAt(t), ignoreCase))) {
                g++;
                t++;
            } else if (g < glob.length() && glob.charAt(g) == '*') {
                starG = g++;
                starT = t;
            } else if (starG >= 0) {
                g = starG + 1;
                t = ++starT;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }

    public static boolean matches(String glob, String text) {
        return matches(glob, text, false);
    }

    /** The characters before the first wildcard. */
    public static String literalPrefix(String glob) {
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?') {
                return glob.substring(0, i);
            }
        }
        return glob;
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        return a == b || ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
