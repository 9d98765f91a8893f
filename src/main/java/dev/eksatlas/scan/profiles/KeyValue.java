package dev.eksatlas.scan.profiles;

/**
 * A {@code key = value} line split at its first {@code =}, both sides trimmed, or the reason it
 * is not one. The reason never repeats the line, which may hold a secret.
 */
record KeyValue(String key, String value, String problem) {

    static KeyValue parse(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            return failed("expected 'key = value'");
        }
        String key = text.substring(0, equals).trim();
        if (key.isEmpty()) {
            return failed("expected 'key = value' but there is no key before '='");
        }
        if (!SectionHeader.VALID_NAME.matcher(key).matches()) {
            return failed("a key may only hold " + SectionHeader.ALLOWED_CHARACTERS + "; the property is ignored");
        }
        return new KeyValue(key, text.substring(equals + 1).trim(), null);
    }

    private static KeyValue failed(String problem) {
        return new KeyValue(null, null, problem);
    }

    @Override
    public String toString() {
        return "KeyValue[key=" + key + ", problem=" + problem + "]";
    }
}
