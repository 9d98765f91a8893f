package dev.eksatlas.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PodIdentitySupportTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(textBlock = """
            # version | platform | status       | minimum
            1.23      | eks.20   | UNSUPPORTED  |
            1.24      | eks.12   | UNSUPPORTED  | eks.13
            1.24      | eks.13   | SUPPORTED    | eks.13
            1.25      | eks.9    | UNSUPPORTED  | eks.10
            1.25      | eks.10   | SUPPORTED    | eks.10
            1.26      | eks.8    | UNSUPPORTED  | eks.9
            1.26      | eks.9    | SUPPORTED    | eks.9
            1.27      | eks.7    | UNSUPPORTED  | eks.8
            1.27      | eks.8    | SUPPORTED    | eks.8
            1.28      | eks.3    | UNSUPPORTED  | eks.4
            1.28      | eks.4    | SUPPORTED    | eks.4
            1.28      | eks.12   | SUPPORTED    | eks.4
            1.29      | eks.1    | SUPPORTED    |
            1.33      | eks.1    | SUPPORTED    |
            1.27      |          | UNKNOWN      | eks.8
            latest    | eks.8    | UNKNOWN      |
            """, delimiter = '|')
    void appliesTheMinimumPlatformVersionTable(String version, String platform, PodIdentitySupport.Status status, String minimum) {
        PodIdentitySupport support = PodIdentitySupport.of(version, platform);

        assertThat(support.status()).isEqualTo(status);
        assertThat(support.minimumPlatformVersion()).isEqualTo(minimum);
    }
}
