package dev.eksatlas.ui.common;

import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.report.AssociationReport;
import dev.eksatlas.report.FindingReport;
import dev.eksatlas.report.ServiceAccountReport;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A finding's title, message and remediation in the user's language. The analysis writes them in
 * English (as reports and CSV files keep them) and attaches message keys with the measured values;
 * in another language each key is formatted from the bundles with the same values, and any key the
 * bundles lack falls back to the English text. In English the analysis's own text is shown as is.
 */
public final class FindingTexts {
    private static final String PREFIX = "finding.";
    private final Messages messages;
    private final boolean english;
    private final Map<String, MessageFormat> formats = new HashMap<>();

    public FindingTexts(Messages messages) {
        this.messages = messages;
        this.english = messages.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** A short name for the finding's code, e.g. "No subject condition"; the code itself when the bundles have none. */
    public String title(Finding f) {
        String key = PREFIX + f.codeId() + ".title";
        return messages.has(key) ? messages.get(key) : f.codeId();
    }

    public String message(Finding f) {
        return english || f.text() == null ? f.message() : render(f.text());
    }

    /** The remediation template of the code in the user's language, its placeholders filled with the finding's values. */
    public String remediation(Finding f) {
        String key = PREFIX + f.codeId() + ".remediation";
        if (english || !messages.has(key)) {
            return f.remediation();
        }
        String text = messages.get(key);
        for (Map.Entry<String, FindingText> e : f.remediationValues().entrySet()) {
            text = text.replace(e.getKey(), render(e.getValue()));
        }
        return text;
    }

    /** Any text of the analysis as the user reads it: in English exactly as the analysis wrote it, else {@link #render}ed. */
    public String text(FindingText text) {
        return english ? text.english() : render(text);
    }

    /** One finding text in the user's language: its pattern with the args (themselves rendered), else its English. */
    public String render(FindingText text) {
        if (text.key() == null || !messages.has(text.key())) {
            return text.english();
        }
        Object[] args = text.args().stream().map(a -> a instanceof FindingText t ? render(t) : a).toArray();
        return format(text.key(), args);
    }

    /** Shows the findings table's message, remediation and severity in the user's language (its CSV export stays English). */
    public void showIn(ReportTable<FindingReport.Row> table) {
        if (english) {
            return;
        }
        table.showAs("message", r -> message(r.finding()))
                .showAs("remediation", r -> remediation(r.finding()))
                .showAs("severity", r -> messages.get("severity." + r.finding().severity().name()));
    }

    /** Shows the service-account matrix's notes in the user's language (its CSV export stays English). */
    public void showNotesIn(ReportTable<ServiceAccountReport.Row> table) {
        if (!english) {
            table.showAs("note", r -> r.matrix().noteText() == null ? "" : render(r.matrix().noteText()));
        }
    }

    /** Shows the associations table's health and its detail in the user's language, the health's code beside it. */
    public void showHealthIn(ReportTable<AssociationReport.Row> table) {
        if (english) {
            return;
        }
        table.showAs("health", r -> r.link().health() == null ? "" : messages.get("association.health." + r.link().health().name()))
                .showAs("health_detail", r -> r.link().detailText() == null ? "" : render(r.link().detailText()));
    }

    // Patterns are parsed once: a table of thousands of findings formats them on every filter and scroll.
    private synchronized String format(String key, Object[] args) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(messages.get(k), messages.locale())).format(args);
    }
}
