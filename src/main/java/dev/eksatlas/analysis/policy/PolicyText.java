package dev.eksatlas.analysis.policy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * IAM returns policy documents percent-encoded ({@code %7B%22Version%22...}); everything else
 * (the console, Terraform, files) writes plain JSON. This tells the two apart and decodes once.
 */
public final class PolicyText {
    private PolicyText() {
    }

    /** Whether {@code text} looks like IAM's URL-encoded form rather than JSON. */
    public static boolean isUrlEncoded(String text) {
        String s = text.strip();
        return s.regionMatches(true, 0, "%7B", 0, 3) || s.regionMatches(true, 0, "%5B", 0, 3)
                || (s.indexOf('"') < 0 && s.contains("%22"));
    }

    /** The JSON text; URL-decodes when needed. Throws {@link PolicyFormatException} on a broken escape. */
    public static String decode(String text) {
        if (text == null) {
            throw new PolicyFormatException("no policy text");
        }
        if (!isUrlEncoded(text)) {
            return text;
        }
        try {
            return URLDecoder.decode(text.strip(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new PolicyFormatException("looks URL-encoded but has a broken %-escape: " + e.getMessage(), e);
        }
    }
}
