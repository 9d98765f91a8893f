package dev.eksatlas.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.ClusterAnalysis;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.comparison.ServiceAccountRow;
import dev.eksatlas.analysis.linkage.AssociationHealth;
import dev.eksatlas.analysis.linkage.AssociationLink;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service-account matrix's notes and the associations' health details read in Korean with their
 * values, and exactly as the analysis (and the CSV export) writes them in English.
 */
class MatrixAndHealthTextsTest {
    private static Set<FindingText> notes;
    private static Set<FindingText> details;

    @BeforeAll
    static void collectTheFleetsTexts() {
        notes = new LinkedHashSet<>();
        details = new LinkedHashSet<>();
        for (ClusterAnalysis c : KeyedTexts.fleets().stream().flatMap(f -> f.clusters().stream()).toList()) {
            c.comparison().matrix().stream().map(ServiceAccountRow::noteText).filter(Objects::nonNull).forEach(notes::add);
            c.link().associations().stream().map(AssociationLink::detailText).filter(Objects::nonNull).forEach(details::add);
        }
    }

    @Test
    void theFleetsReachTheMatrixNotesAndBrokenAssociations() {
        assertThat(KeyedTexts.keys(notes)).contains("matrix.text.wildcardGrant", "matrix.text.irsaBroken", "matrix.text.onFargate",
                "matrix.text.irsaWins", "matrix.text.providerMissing");
        assertThat(KeyedTexts.keys(details)).contains("finding.text.link.roleMissing", "finding.text.link.notTrusting");
        KeyedTexts.assertEveryKeyInBothBundles(notes);
        KeyedTexts.assertEveryKeyInBothBundles(details);
    }

    @Test
    void theEnglishPatternsSayExactlyWhatTheAnalysisWrites() {
        KeyedTexts.assertEnglishPatternsSayWhatTheAnalysisWrites(notes);
        KeyedTexts.assertEnglishPatternsSayWhatTheAnalysisWrites(details);
    }

    @Test
    void everyNoteAndHealthDetailReadsInKoreanWithItsValues() {
        KeyedTexts.assertKoreanWithValues(notes);
        KeyedTexts.assertKoreanWithValues(details);
    }

    @Test
    void everyHealthHasAKoreanLabelThatKeepsItsCode() {
        Messages korean = new Messages(Locale.KOREAN);
        for (AssociationHealth h : AssociationHealth.values()) {
            assertThat(korean.get("association.health." + h.name())).matches(KeyedTexts::hasHangul).endsWith("(" + h.name() + ")");
        }
    }
}
