package dev.eksatlas.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.AwsAccount;
import dev.eksatlas.domain.CoverageGap;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageSummaryTest {
    private static AccountSnapshot snapshot(String id, String alias, CoverageGap... gaps) {
        return new AccountSnapshot(new AwsAccount(id, "aws", alias), "p-" + id, List.of("us-east-1"), Instant.EPOCH,
                Instant.EPOCH.plusSeconds(60), null, null, null, null, null, null, null, List.of(gaps), 0, null);
    }

    private static CoverageGap gap(String account, String region, String service) {
        return new CoverageGap(account, region, service, "ListClusters", null, "AccessDeniedException", "denied");
    }

    @Test
    void countsTheGapsAndNamesTheAccountsThatHaveThem() {
        CoverageSummary summary = CoverageSummary.of(List.of(
                snapshot("111122223333", "acme-prod", gap("111122223333", "eu-west-1", "eks"), gap("111122223333", "global", "iam")),
                snapshot("444455556666", null),
                snapshot("777788889999", null, gap("777788889999", "us-east-1", "eks"))));

        assertThat(summary.gapCount()).isEqualTo(3);
        assertThat(summary.accounts()).containsExactly("acme-prod (111122223333)", "777788889999");
        assertThat(summary.gaps()).extracting(g -> g.source().profile()).containsExactly("p-111122223333", "p-111122223333", "p-777788889999");
    }

    @Test
    void aScreenCanKeepOnlyTheGapsThatAffectItsNumbers() {
        CoverageSummary summary = CoverageSummary.of(List.of(
                snapshot("111122223333", "acme-prod", gap("111122223333", "global", "iam")),
                snapshot("777788889999", null, gap("777788889999", "us-east-1", "eks"))), g -> g.service().equals("eks"));

        assertThat(summary.gapCount()).isEqualTo(1);
        assertThat(summary.accounts()).containsExactly("777788889999");
    }

    @Test
    void noGapsMeansNothingToShow() {
        assertThat(CoverageSummary.of(List.of(snapshot("111122223333", null))).isEmpty()).isTrue();
    }

    @Test
    void longAccountListsAreCutForTheSentence() {
        CoverageSummary summary = new CoverageSummary(5, List.of("a", "b", "c", "d", "e"), List.of());

        assertThat(summary.accountList(3)).isEqualTo("a, b, c +2");
        assertThat(summary.accountList(5)).isEqualTo("a, b, c, d, e");
    }

    @Test
    void theBannerSentenceInBothLanguages() {
        CoverageSummary summary = new CoverageSummary(4, List.of("acme-prod (111122223333)", "777788889999"), List.of());

        assertThat(new Messages(java.util.Locale.ENGLISH).get("coverage.banner", summary.gapCount(), summary.accounts().size(), summary.accountList(3)))
                .isEqualTo("4 things could not be read in accounts acme-prod (111122223333), 777788889999: numbers may be incomplete.");
        assertThat(new Messages(java.util.Locale.ENGLISH).get("coverage.banner", 1, 1, "777788889999"))
                .isEqualTo("1 thing could not be read in account 777788889999: numbers may be incomplete.");
        assertThat(new Messages(java.util.Locale.KOREAN).get("coverage.banner", 1, 1, "777788889999"))
                .isEqualTo("계정 777788889999에서 항목 1개를 읽지 못했습니다(수집 누락). 숫자가 불완전할 수 있습니다.");
    }
}
