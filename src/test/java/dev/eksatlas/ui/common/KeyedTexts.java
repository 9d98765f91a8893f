package dev.eksatlas.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.FleetAnalysis;
import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.findings.EveryFinding;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;

/**
 * Checks for texts the analysis keys beside their English (ADR 0012), over the analyses of the demo
 * and large fleets and the fleet with a finding of every code (analysed once per test run).
 */
public final class KeyedTexts {
    private static final Pattern UNFILLED_ARG = Pattern.compile("\\{\\d");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z-]+>");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
    private static List<FleetAnalysis> fleets;

    private KeyedTexts() {
    }

    public static synchronized List<FleetAnalysis> fleets() {
        if (fleets == null) {
            fleets = Stream.of(Fleet.generate(FleetSpec.demo()).snapshots(), Fleet.generate(FleetSpec.large()).snapshots(), EveryFinding.fleet())
                    .map(FleetAnalyzer::analyze).toList();
        }
        return fleets;
    }

    public static FleetAnalysis analyse(List<AccountSnapshot> snapshots) {
        return FleetAnalyzer.analyze(snapshots);
    }

    /** The message keys a text uses, its nested texts' included. */
    public static Set<String> keys(Collection<FindingText> texts) {
        Set<String> keys = new TreeSet<>();
        texts.forEach(t -> collectKeys(t, keys));
        return keys;
    }

    public static void assertEveryKeyInBothBundles(Collection<FindingText> texts) {
        Properties english = bundle("/dev/eksatlas/ui/messages.properties");
        Properties korean = bundle("/dev/eksatlas/ui/messages_ko.properties");
        assertThat(keys(texts)).allSatisfy(k -> assertThat(english).containsKey(k)).allSatisfy(k -> assertThat(korean).containsKey(k));
    }

    /** The English patterns, filled with each text's values, give exactly the analysis's English. */
    public static void assertEnglishPatternsSayWhatTheAnalysisWrites(Collection<FindingText> texts) {
        FindingTexts inEnglish = new FindingTexts(new Messages(Locale.ENGLISH));
        SoftAssertions soft = new SoftAssertions();
        texts.forEach(t -> soft.assertThat(inEnglish.render(t)).isEqualTo(t.english()));
        soft.assertAll();
    }

    /** Each text reads in Korean, keeps every value it carries and has no unfilled {@code {n}} or {@code <placeholder>}. */
    public static void assertKoreanWithValues(Collection<FindingText> texts) {
        FindingTexts inKorean = new FindingTexts(new Messages(Locale.KOREAN));
        SoftAssertions soft = new SoftAssertions();
        for (FindingText t : texts) {
            String text = inKorean.text(t);
            soft.assertThat(text).as(t.english()).containsPattern(HANGUL).doesNotContainPattern(UNFILLED_ARG)
                    .doesNotContainPattern(PLACEHOLDER);
            for (String value : values(t)) {
                soft.assertThat(text).as(t.english()).contains(value);
            }
        }
        soft.assertAll();
    }

    public static boolean hasHangul(String text) {
        return HANGUL.matcher(text).find();
    }

    private static void collectKeys(FindingText text, Set<String> keys) {
        if (text.key() != null) {
            keys.add(text.key());
        }
        text.args().stream().filter(FindingText.class::isInstance).forEach(a -> collectKeys((FindingText) a, keys));
    }

    /** The values a text carries: its string args, and the English of nested text without a key. */
    private static List<String> values(FindingText text) {
        if (text.key() == null) {
            return List.of(text.english());
        }
        List<String> out = new ArrayList<>();
        for (Object a : text.args()) {
            if (a instanceof FindingText t) {
                out.addAll(values(t));
            } else if (!((String) a).isEmpty()) {
                out.add((String) a);
            }
        }
        return out;
    }

    private static Properties bundle(String path) {
        Properties p = new Properties();
        try (InputStream in = KeyedTexts.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
