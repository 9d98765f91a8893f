package dev.eksatlas.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.findings.EveryFinding;
import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.analysis.findings.PodIdentitySupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Findings read in Korean in the Korean user interface, with the values the analysis measured, and
 * exactly as the analysis wrote them in the English one. The fixture fleet has a finding of every code.
 */
class FindingTextsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z-]+>");
    private static final Pattern UNFILLED_ARG = Pattern.compile("\\{\\d");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
    private static List<Finding> findings;
    private static Properties korean;
    private final FindingTexts inEnglish = new FindingTexts(new Messages(Locale.ENGLISH));
    private final FindingTexts inKorean = new FindingTexts(new Messages(Locale.KOREAN));

    @BeforeAll
    static void analyseTheFleetWithEveryCode() throws IOException {
        findings = EveryFinding.findings();
        korean = new Properties();
        try (InputStream in = FindingTextsTest.class.getResourceAsStream("/dev/eksatlas/ui/messages_ko.properties")) {
            korean.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theEnglishPatternsSayExactlyWhatTheAnalysisWrites() {
        SoftAssertions soft = new SoftAssertions();
        for (Finding f : findings) {
            soft.assertThat(inEnglish.render(f.text())).as(f.codeId()).isEqualTo(f.message());
            f.remediationValues().values().forEach(v -> soft.assertThat(inEnglish.render(v)).isEqualTo(v.english()));
        }
        for (String[] version : new String[][] {{"abc", "eks.1"}, {"1.23", "eks.9"}, {"1.31", "eks.1"}, {"1.27", "x"}, {"1.27", "eks.8"}, {"1.27", "eks.7"}}) {
            FindingText reason = PodIdentitySupport.of(version[0], version[1]).reasonText();
            soft.assertThat(inEnglish.render(reason)).isEqualTo(reason.english());
        }
        for (FindingCode code : FindingCode.values()) {
            soft.assertThat(new Messages(Locale.ENGLISH).get("finding." + code.id() + ".remediation")).as(code.id()).isEqualTo(code.remediation());
        }
        soft.assertAll();
    }

    @Test
    void theEnglishInterfaceShowsTheAnalysisTextUnchanged() {
        for (Finding f : findings) {
            assertThat(inEnglish.message(f)).isEqualTo(f.message());
            assertThat(inEnglish.remediation(f)).isEqualTo(f.remediation());
        }
    }

    @Test
    void everyCodeHasAKoreanTitleAndARemediationWithTheEnglishPlaceholders() {
        SoftAssertions soft = new SoftAssertions();
        for (FindingCode code : FindingCode.values()) {
            String title = korean.getProperty("finding." + code.id() + ".title");
            String remediation = korean.getProperty("finding." + code.id() + ".remediation");
            soft.assertThat(title).as(code.id() + " title").isNotBlank().containsPattern(HANGUL);
            soft.assertThat(remediation).as(code.id() + " remediation").isNotBlank().containsPattern(HANGUL);
            if (remediation != null) {
                soft.assertThat(placeholders(remediation)).as(code.id() + " placeholders").isEqualTo(placeholders(code.remediation()));
            }
        }
        soft.assertAll();
    }

    @Test
    void everyFindingReadsInKoreanWithItsValuesAndNoUnfilledPlaceholder() {
        SoftAssertions soft = new SoftAssertions();
        for (Finding f : findings) {
            String message = inKorean.message(f);
            soft.assertThat(keys(f.text())).as("keys of " + f.message()).allSatisfy(k -> assertThat(korean).containsKey(k));
            soft.assertThat(message).as(f.message()).containsPattern(HANGUL).doesNotContainPattern(UNFILLED_ARG);
            for (String value : values(f.text())) {
                soft.assertThat(message).as(f.message()).contains(value);
            }
            String remediation = inKorean.remediation(f);
            soft.assertThat(remediation).as(f.codeId()).containsPattern(HANGUL).doesNotContainPattern(UNFILLED_ARG);
            f.remediationValues().forEach((placeholder, value) -> {
                if (f.code().remediation().contains(placeholder) && !placeholder.equals(value.english())) {
                    soft.assertThat(remediation).as(f.codeId()).doesNotContain(placeholder).contains(values(value));
                }
            });
            soft.assertThat(inKorean.title(f)).as(f.codeId()).containsPattern(HANGUL);
        }
        soft.assertAll();
    }

    @Test
    void fillsTheKubeProxyMinimumWithAKoreanPhrase() {
        Finding kubeProxy = findings.stream().filter(f -> f.code() == FindingCode.ADDON_BELOW_TOKEN_REFRESH_MINIMUM && f.message().contains("kube-proxy"))
                .findFirst().orElseThrow();

        assertThat(inKorean.remediation(kubeProxy)).startsWith("추가 기능을 클러스터의 Kubernetes 버전 1.30 이상으로 업데이트하세요")
                .contains("--cluster-name a --addon-name kube-proxy --addon-version <version>");
    }

    @Test
    void textWithoutAKoreanPatternFallsBackToItsEnglish() {
        FindingText unknown = FindingText.of("Role x: something new", "finding.text.notInTheBundles", "x");
        FindingText nested = FindingText.of("Role app: Something new", "finding.text.role", "app", FindingText.plain("Something new"));

        assertThat(inKorean.render(unknown)).isEqualTo("Role x: something new");
        assertThat(inKorean.render(nested)).isEqualTo("역할 app: Something new");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<String> keys(FindingText text) {
        List<String> out = new ArrayList<>();
        if (text.key() != null) {
            out.add(text.key());
        }
        text.args().stream().filter(FindingText.class::isInstance).forEach(a -> out.addAll(keys((FindingText) a)));
        return out;
    }

    /** The measured values a text carries: its string args, and the English of nested text without a key. */
    private static String[] values(FindingText text) {
        if (text.key() == null) {
            return new String[] {text.english()};
        }
        return text.args().stream().flatMap(a -> a instanceof FindingText t ? Stream.of(values(t)) : Stream.of((String) a))
                .filter(v -> !v.isEmpty()).toArray(String[]::new);
    }
}
