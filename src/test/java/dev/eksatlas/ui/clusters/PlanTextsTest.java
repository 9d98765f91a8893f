package dev.eksatlas.ui.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.Trust;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.migration.MigrationPlan;
import dev.eksatlas.analysis.migration.MigrationStep;
import dev.eksatlas.analysis.migration.PlanNote;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.ui.common.KeyedTexts;
import dev.eksatlas.ui.common.Messages;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Migration plans read in Korean in the Korean window, with every role, size and command the planner
 * wrote, and exactly as the planner wrote them (and the CSV export keeps them) in the English one.
 * The plans are those of the demo and large fleets, of the fleet with a finding of every code, and of
 * a small fleet with the wordings those rarely reach (cross-account roles, grants removed by hand).
 */
class PlanTextsTest {
    private static List<MigrationPlan> plans;
    /** Each distinct title, detail and note once: the large fleet's plans repeat most of them. */
    private static Set<FindingText> texts;

    @BeforeAll
    static void planTheFleets() {
        plans = Stream.concat(KeyedTexts.fleets().stream(), Stream.of(KeyedTexts.analyse(rareWordings())))
                .flatMap(f -> f.plans().stream()).toList();
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
    }

    @Test
    void theFleetsReachEveryWordingButOneAndEveryKeyIsInBothBundles() {
        Set<String> used = KeyedTexts.keys(texts);
        System.out.println(plans.size() + " plans, " + texts.size() + " distinct texts, keys reached: " + used);

        assertThat(used).contains("plan.text.title.installAgent", "plan.text.title.addTrust", "plan.text.detail.addTrust",
                "plan.text.title.createAssociation", "plan.text.title.switchWorkload", "plan.text.title.removeIrsa",
                "plan.text.detail.removeIrsa", "plan.text.size", "plan.text.note.sharedRole", "plan.text.note.fargate",
                "plan.text.title.crossAccount", "plan.text.detail.checkAgent", "plan.text.detail.associationExists.broken",
                "plan.text.note.associationExists.detail", "plan.text.list", "plan.text.removed.value", "plan.text.detail.byHand",
                "plan.text.manual.otherIssuers");
        KeyedTexts.assertEveryKeyInBothBundles(texts);
    }

    @Test
    void theEnglishPatternsSayExactlyWhatThePlannerWrites() {
        KeyedTexts.assertEnglishPatternsSayWhatTheAnalysisWrites(texts);
    }

    @Test
    void everyTitleDetailAndNoteReadsInKoreanWithItsValuesAndNoUnfilledPlaceholder() {
        KeyedTexts.assertKoreanWithValues(texts);
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
        assertThat(inKorean.title(trust)).startsWith(trust.order() + ". ").matches(KeyedTexts::hasHangul).doesNotContain(trust.title());
        assertThat(inKorean.detail(trust)).matches(KeyedTexts::hasHangul)
                .contains(String.format(Locale.ENGLISH, "%,d", trust.policy().resultingSize()));
        assertThat(inKorean.note(note)).matches(KeyedTexts::hasHangul).doesNotContain(note.text());
    }

    /** Plans with the steps and notes the generated fleets rarely or never have. */
    private static List<AccountSnapshot> rareWordings() {
        String prodId = "111111111111";
        String east = "us-east-1";
        dev.eksatlas.analysis.Fleet fleet = new dev.eksatlas.analysis.Fleet();
        dev.eksatlas.analysis.Fleet.Account prod = fleet.account(prodId, east);
        EksCluster c = prod.cluster("prod", east, "1.30", "eks.8");
        String issuer = c.issuerHostPath();
        // Add-ons unread: the agent step checks it instead of installing.
        prod.provider(issuer).gap(east, "eks", "ListAddons", c.name());
        String web = prod.role("web", Trust.policy(Trust.irsa(prodId, issuer, Trust.subject("web", "frontend"))));
        prod.association(c, "web", "frontend", web);
        prod.role("api", Trust.policy(Trust.irsa(prodId, issuer, Trust.subject("api", "server"))));
        prod.association(c, "api", "server", prod.role("ec2", Trust.policy(Trust.ec2())));
        // Two statements with the subject in arrays: two removals, listed.
        prod.role("jobs", Trust.policy(Trust.irsa(prodId, issuer, Trust.subject("jobs", "a"), Trust.subject("jobs", "b")),
                Trust.irsa(prodId, issuer, Trust.subject("jobs", "a"), Trust.subject("jobs", "c"))));
        // One statement trusting two issuers: its grant is removed by hand.
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
}
