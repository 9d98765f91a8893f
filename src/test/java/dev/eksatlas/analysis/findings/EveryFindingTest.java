package dev.eksatlas.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.catalog.FindingCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class EveryFindingTest {

    @Test
    void theFixtureFleetHasAFindingOfEveryCode() {
        List<Finding> findings = EveryFinding.findings();

        assertThat(findings.stream().map(Finding::code).distinct()).containsExactlyInAnyOrder(FindingCode.values());
    }

    @Test
    void everyFindingCarriesItsEnglishMessageAsItsTextAndItsRemediationValues() {
        for (Finding f : EveryFinding.findings()) {
            assertThat(f.text().english()).as(f.codeId()).isEqualTo(f.message());
            assertThat(f.text().key()).as(f.message()).isNotNull();
            f.remediationValues().forEach((placeholder, value) -> {
                if (f.code().remediation().contains(placeholder) && !placeholder.equals(value.english())) {
                    assertThat(f.remediation()).as(f.codeId()).contains(value.english()).doesNotContain(placeholder);
                }
            });
        }
    }
}
