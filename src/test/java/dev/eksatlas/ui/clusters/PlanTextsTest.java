package dev.eksatlas.ui.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.FleetAnalyzer;
import dev.eksatlas.analysis.Trust;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.findings.EveryFinding;
import dev.eksatlas.analysis.migration.MigrationPlan;
import dev.eksatlas.analysis.migration.MigrationStep;
import dev.eksatlas.analysis.migration.PlanNote;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.ui.common.FindingTexts;
import dev.eksatlas.ui.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Migration plans read in Korean in the Korean window, with every role, size and command the planner
 * wrote, and exactly as the planner wrote them (and the CSV export keeps them) in the English one.
 * The plans are those of the demo and large fleets, of the fleet with a finding of every code, and of
 * a small fleet with the wordings those rarely reach (cross-account roles, grants removed by hand).
 */
class PlanTextsTest {
    private static final Pattern UNFILLED_ARG = Pattern.compile("\\{\\d");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z-]+>");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
    private static List<MigrationPlan> plans;
    /** Each distinct title, detail and note once: the large fleet's plans repeat most of them. */
    private static Set<FindingText> texts;
    private static Properties english;
    private static Properties korean;

    @BeforeAll
    static void planTheFleets() throws IOException {
        plans = Stream.of(Fleet.generate(FleetSpec.demo()).snapshots(), Fleet.generate(FleetSpec.large()).snapshots(), EveryFinding.fleet(),
                        rareWordings())
                .flatMap(snapshots -> FleetAnalyzer.analyze(snapshots).plans().stream()).toList();
        texts = new LinkedHashSet<>();
        for (MigrationPlan plan : plans) {
            for (MigrationStep step : plan.steps()) {
                texts.add(step.titleText());
                if (step.detailText() != null) {
                    texts.add(step.detailText());
                }
            }
            plan.notes().forEach(n -> texts.add(n.message()));
        }
        english = bundle("/dev/eksatlas/ui/messages.properties");
        korean = bundle("/dev/eksatlas/ui/messages_ko.properties");
    }

    @Test
    void theFleetsReachTheUsualWordingsAndEveryKeyIsInBothBundles() {
        Set<String> used = new TreeSet<>();
        texts.forEach(t -> used.addAll(keys(t)));
        System.out.println(plans.size() + " plans, " + texts.size() + " distinct texts, keys reached: " + used);

        assertThat(used).contains("plan.text.title.installAgent", "plan.text.title.addTrust", "plan.text.detail.addTrust",
                "plan.text.title.createAssociation", "plan.text.title.switchWorkload", "plan.text.title.removeIrsa",
                "plan.text.detail.removeIrsa", "plan.text.size", "plan.text.note.sharedRole", "plan.text.note.fargate",
                "plan.text.title.crossAccount", "plan.text.detail.checkAgent", "plan.text.detail.associationExists.broken",
                "plan.text.note.associationExists.detail", "plan.text.list", "plan.text.removed.value", "plan.text.detail.byHand",
                "plan.text.manual.otherIssuers");
        assertThat(used).allSatisfy(k -> assertThat(english).containsKey(k)).allSatisfy(k -> assertThat(korean).containsKey(k));
    }

    @Test
    void theEnglishPatternsSayExactlyWhatThePlannerWrites() {
        FindingTexts inEnglish = new FindingTexts(new Messages(Locale.ENGLISH));
        SoftAssertions soft = new SoftAssertions();
        texts.forEach(t -> soft.assertThat(inEnglish.render(t)).isEqualTo(t.english()));
        soft.assertAll();
    }

    @Test
    void everyTitleDetailAndNoteReadsInKoreanWithItsValuesAndNoUnfilledPlaceholder() {
        FindingTexts inKorean = new FindingTexts(new Messages(Locale.KOREAN));
        SoftAssertions soft = new SoftAssertions();
        for (FindingText t : texts) {
            String text = inKorean.text(t);
            soft.assertThat(text).as(t.english()).containsPattern(HANGUL).doesNotContainPattern(UNFILLED_ARG)
                    .doesNotContainPattern(PLACEHOLDER).contains(valuesOrNone(t));
        }
        soft.assertAll();
    }

    @Test
    void theWindowShowsThePlannersWordsInEnglishAndKoreanWordsInKorean() {
        PlanTexts inEnglish = new PlanTexts(new Messages(Locale.ENGLISH));
        PlanTexts inKorean = new PlanTexts(new Messages(Locale.KOREAN));
        MigrationPlan plan = plans.stream().filter(p -> !p.notes().isEmpty()).findFirst().orElseThrow();
        MigrationStep trust = plan.steps().stream().filter(s -> s.policy() != null && s.command() != null).findFirst().orElseThrow();
        PlanNote note = plan.notes().getFirst();

        assertThat(inEnglish.title(trust)).isEqualTo(trust.order() + ". " + trust.title());
        assertThat(inEnglish.detail(trust)).isEqualTo(trust.detail());
        assertThat(inEnglish.note(note)).endsWith(": " + note.text());
        assertThat(inKorean.title(trust)).startsWith(trust.order() + ". ").containsPattern(HANGUL).doesNotContain(trust.title());
        assertThat(inKorean.detail(trust)).containsPattern(HANGUL).contains(String.format(Locale.ENGLISH, "%,d", trust.policy().resultingSize()));
        assertThat(inKorean.note(note)).containsPattern(HANGUL).doesNotContain(note.text());
    }

    /** Plans with the steps and notes the generated fleets rarely or never have. */
    private static List<AccountSnapshot> rareWordings() {
        String prodId = "111111111111";
        String east = "us-east-1";
        dev.eksatlas.analysis.Fleet fleet = new dev.eksatlas.analysis.Fleet();
        dev.eksatlas.analysis.Fleet.Account prod = fleet.account(prodId, east);
        EksCluster c = prod.cluster("prod", east, "1.30", "eks.8");
        String issuer = c.issuerHostPath();
        prod.provider(issuer).gap(east, "eks", "ListAddons", c.name());
        String web = prod.role("web", Trust.policy(Trust.irsa(prodId, issuer, Trust.subject("web", "frontend"))));
        prod.association(c, "web", "frontend", web);
        prod.role("api", Trust.policy(Trust.irsa(prodId, issuer, Trust.subject("api", "server"))));
        prod.association(c, "api", "server", prod.role("ec2", Trust.policy(Trust.ec2())));
        prod.role("jobs", Trust.policy(Trust.irsa(prodId, issuer, Trust.subject("jobs", "a"), Trust.subject("jobs", "b")),
                Trust.irsa(prodId, issuer, Trust.subject("jobs", "a"), Trust.subject("jobs", "c"))));
        String other = dev.eksatlas.analysis.Fleet.issuer(east, "OTHER");
        prod.role("multi", Trust.policy("{\"Sid\":\"TwoIssuers\",\"Effect\":\"Allow\",\"Principal\":{\"Federated\":[\"arn:aws:iam::" + prodId
                + ":oidc-provider/" + issuer + "\",\"arn:aws:iam::" + prodId + ":oidc-provider/" + other + "\"]},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{\"StringEquals\":{\"" + issuer + ":sub\":\""
                + Trust.subject("multi", "x") + "\"}}}"));
        dev.eksatlas.analysis.Fleet.Account data = fleet.account("222222222222", east);
        data.provider(issuer);
        data.role("reader", Trust.policy(Trust.irsa("222222222222", issuer, Trust.subject("etl", "reader"))));
        return fleet.snapshots();
    }

    private static Properties bundle(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PlanTextsTest.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<String> keys(FindingText text) {
        List<String> out = new ArrayList<>();
        if (text.key() != null) {
            out.add(text.key());
        }
        text.args().stream().filter(FindingText.class::isInstance).forEach(a -> out.addAll(keys((FindingText) a)));
        return out;
    }

    /** The values a text carries: its string args, and the English of nested text without a key. */
    private static String[] values(FindingText text) {
        if (text.key() == null) {
            return new String[] {text.english()};
        }
        return text.args().stream().flatMap(a -> a instanceof FindingText t ? Stream.of(values(t)) : Stream.of((String) a))
                .filter(v -> !v.isEmpty()).toArray(String[]::new);
    }

    private static String[] valuesOrNone(FindingText text) {
        String[] values = values(text);
        return values.length == 0 ? new String[] {""} : values;
    }
}
