package dev.eksatlas.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseGuardTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <?xml version="1.0"?>\\n<GetRoleResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><x/> | GetRoleResponse
            <!-- note --><ListRolesResponse>                                                             | ListRolesResponse
            <html><body>502 Bad Gateway</body></html>                                                    | html
            <GetRoleResponse/>                                                                           | GetRoleResponse
            not xml at all                                                                               | ``
            <?xml version="1.0"?>                                                                        | ``
            """)
    void findsTheRootElementAfterDeclarationsAndComments(String head, String root) {
        assertThat(ResponseGuard.rootElement(head.replace("\\n", "\n"))).isEqualTo(root);
    }
}
