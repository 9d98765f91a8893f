package dev.eksatlas.analysis.policy;

import java.util.List;

/** What a request context knows about one condition key. */
public sealed interface KeyValue {

    /** The key is in the request with these values. */
    record Present(List<String> values) implements KeyValue {
        public Present {
            values = List.copyOf(values);
        }
    }

    /**
     * The key is present and its value is one of the strings a glob describes (e.g. every service
     * account of a namespace): a policy glob that matches the pattern itself covers them all.
     */
    record Pattern(String glob) implements KeyValue {
    }

    /** The key is present, its value unknown. */
    record PresentUnknown() implements KeyValue {
    }

    /** The key is not in the request. */
    record Absent() implements KeyValue {
    }

    /** Nothing is known. */
    record Unknown() implements KeyValue {
    }

    KeyValue ABSENT = new Absent();
    KeyValue UNKNOWN = new Unknown();
    KeyValue PRESENT_UNKNOWN = new PresentUnknown();

    static KeyValue of(String value) {
        return new Present(List.of(value));
    }
}
