package dev.eksatlas.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bytes of {@code manifest.json} and {@code SHA256SUMS}. Both use LF line ends on every OS,
 * so the same export gives the same bytes everywhere. {@code SHA256SUMS} is in the format of GNU
 * {@code sha256sum}, so {@code sha256sum -c SHA256SUMS} (or {@code shasum -a 256 -c} on macOS)
 * checks a folder without this app.
 */
final class ManifestFiles {
    private static final String LF = "\n";

    private final ObjectWriter json;

    ManifestFiles() {
        DefaultIndenter indenter = new DefaultIndenter("  ", LF);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        json = new ObjectMapper().writer(printer);
    }

    byte[] manifest(ExportManifest manifest) {
        try {
            return (json.writeValueAsString(manifest) + LF).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the manifest is plain records and strings", e);
        }
    }

    static byte[] checksums(List<WrittenFile> files) {
        StringBuilder sb = new StringBuilder();
        for (WrittenFile f : files) {
            sb.append(f.sha256()).append("  ").append(f.file()).append(LF);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
