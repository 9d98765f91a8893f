package dev.eksatlas.analysis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest(name = "\"{0}\" ~ \"{1}\" -> {2}")
    @CsvSource(textBlock = """
            # glob                              | text                                   | matches
            system:serviceaccount:apps:*        | system:serviceaccount:apps:web         | true
            system:serviceaccount:apps:*        | system:serviceaccount:apps:            | true
            system:serviceaccount:apps:*        | system:serviceaccount:ops:web          | false
            system:serviceaccount:*             | system:serviceaccount:ops:web          | true
            system:serviceaccount:*:web         | system:serviceaccount:ops:web          | true
            system:serviceaccount:*:web         | system:serviceaccount:ops:api          | false
            worker-?                            | worker-1                               | true
            worker-?                            | worker-12                              | false
            *                                   | anything                               | true
            *a*b*                               | xxaxxbxx                               | true
            *a*b*                               | xxbxxaxx                               | false
            exact                               | exact                                  | true
            exact                               | Exact                                  | false
            """, delimiter = '|')
    void matchesIamWildcards(String glob, String text, boolean expected) {
        assertThat(Glob.matches(glob, text == null ? "" : text)).isEqualTo(expected);
    }
}
