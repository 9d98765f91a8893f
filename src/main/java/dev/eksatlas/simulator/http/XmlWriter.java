package dev.eksatlas.simulator.http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;

/** A tiny XML builder for query-protocol answers: elements, escaped text, nothing else. */
public final class XmlWriter {
    private final StringBuilder out = new StringBuilder(512);
    private final Deque<String> open = new ArrayDeque<>();

    public XmlWriter open(String name) {
        out.append('<').append(name).append('>');
        open.push(name);
        return this;
    }

    public XmlWriter open(String name, String xmlns) {
        out.append('<').append(name).append(" xmlns=\"");
        escape(xmlns);
        out.append("\">");
        open.push(name);
        return this;
    }

    public XmlWriter close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** An element with text; nothing at all when {@code text} is null (absent members are left out). */
    public XmlWriter element(String name, String text) {
        if (text != null) {
            out.append('<').append(name).append('>');
            escape(text);
            out.append("</").append(name).append('>');
        }
        return this;
    }

    public XmlWriter element(String name, boolean value) {
        return element(name, Boolean.toString(value));
    }

    public XmlWriter element(String name, long value) {
        return element(name, Long.toString(value));
    }

    /** IAM and STS timestamps: ISO-8601 in UTC to the second, e.g. {@code 2024-03-14T12:20:03Z}. */
    public XmlWriter element(String name, Instant value) {
        return value == null ? this : element(name, value.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }
}
